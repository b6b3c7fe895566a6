"""The WhatsApp channel end to end on 127.0.0.1 (fake Graph API, relay, connector)."""
