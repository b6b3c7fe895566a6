"""The e-mail channel: Amazon buyer messages (relay mail), Shopify store mail and any mailbox.

IMAP in (imap.py), SMTP out (smtp.py), one MailConnector per mailbox account (connector.py).
parse.py turns raw mail into IncomingMessage values; amazon_relay.py recognises Buyer-Seller
Messaging relay mail; charsets.py, headers.py, htmltext.py and quoting.py serve the parser.
"""

from desk.connectors.mail.connector import MailConnector, MailSettings
from desk.connectors.mail.parse import Attachment, MimeLimits, ParsedMail, ParseError, parse_mail

__all__ = ["Attachment", "MailConnector", "MailSettings", "MimeLimits", "ParseError", "ParsedMail", "parse_mail"]
