"""Unit tests of the WhatsApp channel; stack.py is the shared relay + fake Graph API test stack."""
