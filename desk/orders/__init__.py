"""Acting on platform orders from the conversation's sidebar (see actions.py)."""
