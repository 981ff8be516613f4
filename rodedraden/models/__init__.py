"""Rode draden: the versioned report across trajecten and the experts' reflections per traject."""

from rodedraden.models.rapport import Rapportversie
from rodedraden.models.reflecties import Reflectie

__all__ = ["Rapportversie", "Reflectie"]
