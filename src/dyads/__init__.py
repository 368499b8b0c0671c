"""dyads: a cited knowledge base of bilateral relations from diplomatic documents."""

__version__ = "0.1.0"
