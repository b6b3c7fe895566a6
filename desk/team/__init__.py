"""Team mode: one shared queue on a PostgreSQL database for a team of agents (README "Team mode")."""

KINDS = ("agent", "lead", "worker")  # the kinds of login a team database knows (desk.team.access)
