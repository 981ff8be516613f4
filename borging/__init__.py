"""Fase 5, Borgen: eindrapportage, borgingsessie, evaluation and nazorg."""
