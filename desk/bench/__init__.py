"""Benchmarks: `python -m desk.bench --conversations N --json`."""
