"""Fase 1 and 2, Werving en selectie and Starten: gemeenten, aanmeldingen and trajecten."""
