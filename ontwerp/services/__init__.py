"""Writes of Ontwerpen, one module per sub-domain: synthese, inzichten, ontwerpsessie."""
