"""Selectors of trajecten, one module per sub-domain: traject, aanmelding (werving en selectie), starten."""
