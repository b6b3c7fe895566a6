"""Team mode: one shared queue on a PostgreSQL database for a team of agents (README "Team mode")."""
