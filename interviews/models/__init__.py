"""Models of Luisteren: one module per sub-domain (interviews, codeboek)."""

from interviews.models.codeboek import Beoordeling, Code, Memo, Tagging
from interviews.models.interviews import (
    AantekeningenConcept,
    AndereNaam,
    Citaat,
    Deelnemer,
    Interview,
    Reikwijdte,
)

__all__ = [
    "AantekeningenConcept",
    "AndereNaam",
    "Beoordeling",
    "Citaat",
    "Code",
    "Deelnemer",
    "Interview",
    "Memo",
    "Reikwijdte",
    "Tagging",
]
