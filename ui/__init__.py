"""Desk's Qt user interface. All Qt code lives here; desk/ stays Qt-free."""
