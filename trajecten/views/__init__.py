"""Views of trajecten, one module per sub-domain: traject (overview, page, log), aanmelding (werving), starten."""
