"""Views of Ontwerpen, one module per sub-domain."""
