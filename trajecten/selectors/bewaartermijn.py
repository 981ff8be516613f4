"""Retention of a finished traject: when its notes go, and when names and contact data go.

Two moments (AVG, privacyverklaring):

- **Aantekeningen** (raw notes): ``AANTEKENINGEN_BEWAAR_DAGEN`` after the end of the traject
  (``werkelijke_eind``, else ``geplande_eind``). The quotes stay, with names replaced by pseudonyms.
- **Namen en contactgegevens** of the stakeholder map: needed for the evaluation and the
  nazorggesprek, so for an *afgerond* traject they stay until the team records the nazorg as done
  (``Traject.nazorg_afgerond_op``), or until the notes' period ends, whichever is later. A traject that
  stopped early or was cancelled has no nazorg: its contact data go with the notes.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from django.conf import settings
from django.utils import timezone

from trajecten.models import Status, Traject


@dataclass(frozen=True)
class Bewaarplan:
    einde: date | None
    aantekeningen_op: date | None  # the day from which the notes are removed
    contactgegevens_op: date | None  # idem names and contact data; None while nazorg is awaited
    wacht_op_nazorg: bool
    aantal_interviews: int = 0  # interviews whose notes are still there
    aantal_betrokkenen: int = 0  # people on the stakeholder map

    def aantekeningen_verlopen(self, vandaag: date) -> bool:
        return self.aantekeningen_op is not None and vandaag >= self.aantekeningen_op

    def contactgegevens_verlopen(self, vandaag: date) -> bool:
        return self.contactgegevens_op is not None and vandaag >= self.contactgegevens_op


def bewaarplan(traject: Traject, *, met_aantallen: bool = False) -> Bewaarplan:
    """The retention dates of this traject (None for a lopend traject: nothing is planned yet)."""
    einde = traject.werkelijke_eind or traject.geplande_eind
    if traject.status == Status.LOPEND or einde is None:
        return Bewaarplan(einde=None, aantekeningen_op=None, contactgegevens_op=None, wacht_op_nazorg=False)
    aantekeningen_op = einde + timedelta(days=settings.AANTEKENINGEN_BEWAAR_DAGEN + 1)
    wacht = traject.status == Status.AFGEROND and traject.nazorg_afgerond_op is None
    if traject.status == Status.AFGEROND and traject.nazorg_afgerond_op is not None:
        contactgegevens_op = max(aantekeningen_op, traject.nazorg_afgerond_op + timedelta(days=1))
    else:
        contactgegevens_op = None if wacht else aantekeningen_op
    aantallen = {}
    if met_aantallen:
        aantallen = {
            "aantal_interviews": traject.interviews.filter(notities_verwijderd_op__isnull=True).count(),
            "aantal_betrokkenen": traject.betrokkenen.count() if traject.persoonsgegevens_verwijderd_op is None else 0,
        }
    return Bewaarplan(
        einde=einde,
        aantekeningen_op=aantekeningen_op,
        contactgegevens_op=contactgegevens_op,
        wacht_op_nazorg=wacht,
        **aantallen,
    )


def vandaag_of(vandaag: date | None) -> date:
    return vandaag or timezone.localdate()
