"""Models of trajecten, one module per sub-domain (traject, aanmelding, starten); import from ``trajecten.models``."""

from trajecten.models.aanmelding import (
    OPEN_STATUSSEN,
    Aanmelding,
    AanmeldingStatus,
    AanmeldingToken,
    Vraagverheldering,
)
from trajecten.models.starten import Betrokkene, Bijeenkomst, ExpertProfiel, FaseOvergang, Perspectief
from trajecten.models.traject import Beleidsthema, Fase, Gemeente, Rol, Status, Traject, TrajectRol

__all__ = [
    "OPEN_STATUSSEN",
    "Aanmelding",
    "AanmeldingStatus",
    "AanmeldingToken",
    "Vraagverheldering",
    "Beleidsthema",
    "Betrokkene",
    "Bijeenkomst",
    "ExpertProfiel",
    "FaseOvergang",
    "Fase",
    "Gemeente",
    "Perspectief",
    "Rol",
    "Status",
    "Traject",
    "TrajectRol",
]
