"""Models of werving and starten, one module per area; import them from ``trajecten.models``."""

from trajecten.models.aanmelding import (
    OPEN_STATUSSEN,
    Aanmelding,
    AanmeldingStatus,
    AanmeldingToken,
    Vraagverheldering,
)
from trajecten.models.basis import Beleidsthema, Fase, Gemeente, Rol, Status, Traject, TrajectRol
from trajecten.models.starten import Betrokkene, Bijeenkomst, ExpertProfiel, FaseOvergang, Perspectief

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
