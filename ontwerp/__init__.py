"""Fase 4, Ontwerpen: synthesis of citaten into inzichten, kaartjes and the ontwerpsessie."""
