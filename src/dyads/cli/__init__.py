"""Command-line views over the library: each command parses, calls one API, formats the result."""
