"""One connector per platform behind one interface (desk.connectors.base.Connector)."""
