"""Actors: the curated knowledge base of states, organisations, office-holders and places."""
