"""The demo workspace: realistic conversations kept as data files, loaded through real ingest."""
