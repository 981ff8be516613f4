"""Ontwerpen: inzichten from the synthesis, quote cards, and the ontwerpsessie that turns them into directions."""

from ontwerp.models.inzichten import Inzicht, InzichtCitaat
from ontwerp.models.kaartjes import Kaartenset
from ontwerp.models.ontwerpsessie import Actiepunt, Ontwerpsessie, Oplossingsrichting

__all__ = ["Actiepunt", "Inzicht", "InzichtCitaat", "Kaartenset", "Ontwerpsessie", "Oplossingsrichting"]
