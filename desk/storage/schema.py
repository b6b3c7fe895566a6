"""Schema revisions, readable without importing Alembic (which costs ~300 ms at start-up).

A test checks these against the Alembic scripts in desk/storage/migrations/versions.
"""

REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010", "0011", "0012", "0013")
HEAD = REVISIONS[-1]
