"""`desk relay`: the public webhook receiver for WhatsApp (Meta posts to it, Desk pulls from it).

Meta delivers webhooks only to a public HTTPS URL, while Desk runs on agents' desktops. A team runs
this small server on any public host (behind a TLS-terminating proxy): it checks Meta's signature,
stores every delivery durably and serves the stored events by cursor to Desk behind a bearer
token. `desk.relay.app` has the app (`create_relay_app`) and the command line (`main`),
`desk.relay.store` the event log.
"""
