"""Fase 3, Luisteren: duo-interviews, citaten, codebook and tagging."""
