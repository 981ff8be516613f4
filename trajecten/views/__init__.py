"""Views of werving and starten, one module per area (overzicht, aanmelding, starten)."""
