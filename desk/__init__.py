"""Desk core: domain, storage, search and demo data. Imports nothing from Qt."""

__version__ = "0.1.0"
