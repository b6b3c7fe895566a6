"""Benchmark probes that need Qt; run by desk.bench as subprocesses, never shipped."""
