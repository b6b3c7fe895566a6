"""The local cache. Importing this package is cheap: SQLAlchemy loads only when a write or a
migration needs it, so the window can show the first queue page before the ORM is imported."""
