"""Urls of Luisteren, one module per sub-domain: interviews (deelnemers, notes, quotes) and codeboek."""
