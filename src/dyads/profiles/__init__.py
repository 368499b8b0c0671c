"""Profiles: views of the store by country pair (dyad)."""
