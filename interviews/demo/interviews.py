"""Demo data of Luisteren: deelnemers, duo-interviews with notes and quotes. Idempotent.

Every afgerond and every borgen-phase Tabel 1 traject gets deelnemers from several perspectives and
two or three duo-interviews; the demo moderator also has a planned interview without notes yet (on a
traject in Luisteren). Reads ``demo["trajecten"]`` (Tabel 1 nummer → Traject) and
``demo["trajecten_extra"]``, and adds ``demo["citaten"]`` (every demo quote) for the codebook step.
A traject past its retention period is skipped: its names are gone and must not come back.
"""

from datetime import timedelta

from django.utils import timezone

from interviews.demo.data import DEMO_INTERVIEWS
from interviews.demo.data_afgerond import DEMO_INTERVIEWS_AFGEROND
from interviews.models import Citaat, Deelnemer, Interview, Reikwijdte
from interviews.services.interviews import interview_notities_opslaan, volgend_pseudoniem
from trajecten.models import Betrokkene, Rol, TrajectRol
from visieleren.accounts.models import User

DEMO_MODERATOR = "moderator@visieleren.test"
DEMO_TEAM = "team@visieleren.test"
# Trajecten whose interviews the demo moderator leads (others: the traject's moderator, else the team).
MODERATOR_TRAJECTEN = {5, 7}
# Per Tabel 1 nummer, in the order of the table.
INTERVIEWS = dict(sorted({**DEMO_INTERVIEWS, **DEMO_INTERVIEWS_AFGEROND}.items()))
# The demo moderator's next interview, on the invented traject in Luisteren: planned, no notes yet.
GEPLAND = {
    "traject": "Heusden",
    "deelnemers": [
        ("Noor van Hulst", "Gemeente Heusden", "Consulent sociaal team", "uitvoering"),
        ("Theo Verhoeven", "Dorpsraad Oudheusden", "Voorzitter", "inwoner"),
    ],
    "over_dagen": 4,
}


def laden(demo: dict) -> None:
    moderator = User.objects.filter(email=DEMO_MODERATOR).first()
    team = User.objects.filter(email=DEMO_TEAM).first()
    demo["citaten"] = []
    for nummer, gegevens in INTERVIEWS.items():
        traject = demo["trajecten"][nummer]
        if traject.persoonsgegevens_verwijderd_op:
            continue  # past the retention period: the names are gone and must not come back
        deelnemers = _deelnemers(traject, gegevens["deelnemers"])
        if nummer in MODERATOR_TRAJECTEN and moderator:
            door = moderator
            TrajectRol.objects.get_or_create(user=moderator, traject=traject, rol=Rol.MODERATOR)
        else:
            rol = traject.rollen.filter(rol=Rol.MODERATOR).select_related("user").order_by("user__email").first()
            door = rol.user if rol else team
        start = traject.werkelijke_start or traject.geplande_start or timezone.localdate()
        for naam_a, naam_b, weken, notities, citaten in gegevens["interviews"]:
            interview = _interview(traject, deelnemers[naam_a], deelnemers[naam_b], start + timedelta(weeks=weken))
            interview.moderator = door
            interview.save(update_fields=["datum", "moderator"])
            if interview.notities != notities:
                # Through the service, so quotes made on older demo notes are re-anchored.
                interview_notities_opslaan(interview=interview, notities=notities, door=door, bron="demo")
                interview.refresh_from_db()
            for spreker, tekst, context in citaten:
                demo["citaten"].append(_citaat(interview, deelnemers[spreker], tekst, context, door))
    if moderator:
        _gepland(demo.get("trajecten_extra", []), moderator)


def _gepland(trajecten, moderator) -> None:
    traject = next((t for t in trajecten if t.titel == GEPLAND["traject"]), None)
    if traject is None or traject.persoonsgegevens_verwijderd_op:
        return
    TrajectRol.objects.get_or_create(user=moderator, traject=traject, rol=Rol.MODERATOR)
    deelnemers = _deelnemers(traject, GEPLAND["deelnemers"])
    a, b = (deelnemers[naam] for naam, *_ in GEPLAND["deelnemers"])
    interview = _interview(traject, a, b, timezone.localdate() + timedelta(days=GEPLAND["over_dagen"]))
    interview.moderator = moderator
    interview.save(update_fields=["datum", "moderator"])


def _deelnemers(traject, rijen) -> dict[str, Deelnemer]:
    deelnemers = {}
    for naam, organisatie, functie, perspectief in rijen:
        betrokkene, _ = Betrokkene.objects.get_or_create(
            traject=traject,
            naam=naam,
            defaults={
                "organisatie": organisatie,
                "functie": functie,
                "perspectief": perspectief,
                "intern": organisatie.startswith("Gemeente"),
            },
        )
        deelnemer = Deelnemer.objects.filter(betrokkene=betrokkene).first()
        if deelnemer is None:
            toestemming = (traject.werkelijke_start or timezone.localdate()) + timedelta(weeks=3)
            deelnemer = Deelnemer.objects.create(
                traject=traject,
                betrokkene=betrokkene,
                pseudoniem=volgend_pseudoniem(traject, perspectief),
                perspectief=perspectief,
                toestemming_op=toestemming,
                # consent for every use: within the traject, eindrapportage and landelijk rapport
                **{Deelnemer.reikwijdte_veld(r): toestemming for r in Reikwijdte.values},
            )
        deelnemers[naam] = deelnemer
    return deelnemers


def _interview(traject, a, b, datum) -> Interview:
    interview, _ = Interview.objects.get_or_create(
        traject=traject, deelnemer_a=a, deelnemer_b=b, defaults={"datum": datum}
    )
    interview.datum = datum
    return interview


def _citaat(interview, spreker, tekst, context, door) -> Citaat:
    begin = interview.notities.index(tekst)  # the data promise: exactly once in its notes
    citaat, _ = Citaat.objects.update_or_create(
        interview=interview,
        tekst=tekst,
        defaults={
            "begin": begin,
            "eind": begin + len(tekst),
            "anker": Citaat.Anker.OK,
            "spreker": spreker,
            "context": context,
            "gemaakt_door": door,
        },
    )
    return citaat
