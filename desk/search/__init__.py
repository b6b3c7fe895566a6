"""Multilingual search text: how messages are indexed, how queries are written, how hits are highlighted."""
