"""Demo data of Ontwerpen."""
