"""Demo data of trajecten (seed_demo runs traject, aanmelding, starten in that order)."""
