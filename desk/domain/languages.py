"""The languages Desk works in (ISO 639-1 codes), declared once.

Customers write in any of LANGUAGES; an agent reads and writes one of AGENT_LANGUAGES and the
rest is translated. The knowledge base, the glossary, triage and the queue's filter use this list.
"""

LANGUAGES = ("zh", "en", "es", "de", "fr", "it", "ja")
AGENT_LANGUAGES = ("zh", "en")
