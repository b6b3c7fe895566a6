"""Sync: one serial loop per account, all accounts concurrent under asyncio; the outbox."""
