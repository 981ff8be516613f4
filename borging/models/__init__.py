"""Models of Borgen, one module per sub-domain; import from ``borging.models``."""

from borging.models.borgingsessie import Afspraak
from borging.models.eindrapportage import (
    Eindrapportage,
    Opmerking,
    RapportDownload,
    Sectie,
    Versie,
    VersieCitaat,
)
from borging.models.evaluatie import LIKERT_VRAGEN, OPEN_VRAGEN, EvaluatieAntwoord, EvaluatieUitnodiging
from borging.models.nazorg import Nazorggesprek
from borging.models.streefwaarden import Observatie, Streefwaarde

__all__ = [
    "LIKERT_VRAGEN",
    "OPEN_VRAGEN",
    "Afspraak",
    "Eindrapportage",
    "EvaluatieAntwoord",
    "EvaluatieUitnodiging",
    "Nazorggesprek",
    "Observatie",
    "Opmerking",
    "RapportDownload",
    "Sectie",
    "Streefwaarde",
    "Versie",
    "VersieCitaat",
]
