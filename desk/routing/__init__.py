"""What happens after triage: agent profiles, routing to a specialist, proposed and automatic replies."""
