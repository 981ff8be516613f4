"""Across trajecten: the rode draden (the national report, generated) and the experts' reflections.

Its own app because it spans trajecten: it reads the inzichten, quotes and codes of every phase app.
"""
