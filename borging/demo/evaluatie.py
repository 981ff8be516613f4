"""Demo evaluation: invitations as if sent and partly used, and answers (aggregates only). Idempotent."""

import random
import secrets
from datetime import timedelta

from django.utils import timezone

from borging.demo import borgen_trajecten
from borging.models import EvaluatieAntwoord, EvaluatieUitnodiging
from borging.models.evaluatie import token_hash
from borging.services.evaluatie import evaluatie_token
from trajecten.models import Status

OPEN_GOED = [
    "De duo-interviews: ik sprak iemand die ik anders nooit had gesproken.",
    "Dat inwoners en bestuur echt naar elkaar luisterden.",
    "De kaartjes met citaten maakten het concreet.",
    "",
]
OPEN_BETER = ["Meer tijd tussen de sessies.", "De planning was krap voor de uitvoering.", "", ""]
OPEN_VERVOLG = ["Houd de ervaringsdeskundigen aan tafel.", "Een vast moment om de afspraken te bespreken.", "", ""]


def laden(demo: dict) -> None:
    for traject in borgen_trajecten():
        afgerond = traject.status == Status.AFGEROND
        _evaluatie(traject, aantal_uitnodigingen=9 if afgerond else 8, antwoorden=6 if afgerond else 4)


def _evaluatie(traject, *, aantal_uitnodigingen: int, antwoorden: int) -> None:
    """Invitations as if sent and partly used, and as many answers: counts only, nothing links them.
    Betrokkenen removed by the retention period leave invitations without a person, as in production."""
    if EvaluatieUitnodiging.objects.filter(traject=traject).exists():
        return
    betrokkenen = list(traject.betrokkenen.exclude(email="")[:aantal_uitnodigingen])
    nu = timezone.now()
    for i in range(aantal_uitnodigingen):
        sleutel = secrets.token_hex(32)
        EvaluatieUitnodiging.objects.create(
            traject=traject,
            betrokkene=betrokkenen[i] if i < len(betrokkenen) else None,
            sleutel=sleutel,
            hash=token_hash(evaluatie_token(sleutel)),
            verloopt_op=nu + timedelta(days=30) if traject.status == Status.LOPEND else nu - timedelta(days=1),
            verstuurd_op=nu - timedelta(days=10),
            herinnerd_op=nu - timedelta(days=3),
            gebruikt=i < antwoorden,
        )
    toeval = random.Random(traject.pk)
    for i in range(antwoorden):
        EvaluatieAntwoord.objects.create(
            traject=traject,
            datum=timezone.localdate() - timedelta(days=toeval.randint(1, 9)),
            proces_duidelijk=toeval.choice([3, 4, 4, 5]),
            proces_gehoord=toeval.choice([3, 4, 5, 5]),
            inzichten_herkenbaar=toeval.choice([4, 4, 5]),
            inzichten_nieuw=toeval.choice([2, 3, 4, 4]),
            vervolg_vertrouwen=toeval.choice([2, 3, 3, 4, None]),
            vervolg_rol=toeval.choice([3, 4, 5]),
            open_goed=OPEN_GOED[i % len(OPEN_GOED)],
            open_beter=OPEN_BETER[i % len(OPEN_BETER)],
            open_vervolg=OPEN_VERVOLG[i % len(OPEN_VERVOLG)],
        )
