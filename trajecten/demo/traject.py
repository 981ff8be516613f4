"""Demo data of the werving and starten phases: gemeenten, the nine trajecten of Tabel 1, accounts."""

from datetime import timedelta

from django.contrib.auth.hashers import make_password
from django.utils import timezone

from trajecten.data.tabel1 import GEMEENTEN, REGIOS, TRAJECTEN
from trajecten.models import Beleidsthema, Gemeente, Rol, Traject, TrajectRol
from visieleren.accounts.models import User

DEMO_WACHTWOORD = "visieleren-demo"

# (e-mail, naam, organisatie, is_team, {traject nummer: [rollen]})
DEMO_ACCOUNTS = [
    ("team@visieleren.test", "Tessa Teamlid", "VNG Platform Sociaal Domein", True, {}),
    (
        "expert@visieleren.test",
        "Erik Expert",
        "Expertpool Visieleren",
        False,
        {5: ["expert"], 7: ["expert"], 1: ["expert"]},
    ),
    (
        "moderator@visieleren.test",
        "Mira Moderator",
        "VNG Platform Sociaal Domein",
        False,
        {5: ["moderator"], 7: ["moderator", "expert"]},
    ),
    ("contact@visieleren.test", "Chris Contactpersoon", "Gemeente Enkhuizen", False, {5: ["contactpersoon"]}),
    ("bestuurder@visieleren.test", "Bea Bestuurder", "Gemeente Enkhuizen", False, {5: ["bestuurder"]}),
]


def laden(demo: dict) -> None:
    demo["gemeenten"] = _gemeenten()
    demo["trajecten"] = _trajecten(demo["gemeenten"])
    demo["accounts"] = _accounts(demo["trajecten"])


def _gemeenten() -> dict[str, Gemeente]:
    gemeenten = {}
    for naam, code in GEMEENTEN.items():
        gemeenten[naam], _ = Gemeente.objects.update_or_create(
            naam=naam, defaults={"cbs_code": code, "soort": Gemeente.Soort.GEMEENTE}
        )
    for naam, leden in REGIOS.items():
        regio, _ = Gemeente.objects.update_or_create(naam=naam, defaults={"soort": Gemeente.Soort.REGIO})
        regio.leden.set([gemeenten[lid] for lid in leden])
        gemeenten[naam] = regio
    return gemeenten


def _trajecten(gemeenten) -> dict[int, Traject]:
    vandaag = timezone.localdate()
    themas = {t.slug: t for t in Beleidsthema.objects.all()}
    trajecten = {}
    for nummer, titel, partijen, status, fase, reden, vraagstuk, thema_slugs, start, eind in TRAJECTEN:
        if start is None:
            # Lopend: started some months ago, planned end still ahead, so not flagged overdue.
            start, eind = vandaag - timedelta(weeks=22 + nummer), vandaag + timedelta(weeks=4 + nummer)
            werkelijk_eind = None
        else:
            werkelijk_eind = eind
        traject, _ = Traject.objects.update_or_create(
            titel=titel,
            defaults={
                "vraagstuk": vraagstuk,
                "status": status,
                "fase": fase,
                "reden_einde": reden,
                "geplande_start": start,
                "geplande_eind": eind,
                "werkelijke_start": start if status != "geannuleerd" else None,
                "werkelijke_eind": werkelijk_eind if status != "geannuleerd" else None,
                # Evaluation and nazorggesprek some months after the end (retention waits for them).
                "nazorg_afgerond_op": werkelijk_eind + timedelta(weeks=16) if status == "afgerond" else None,
            },
        )
        traject.gemeenten.set([gemeenten[p] for p in partijen])
        traject.beleidsthemas.set([themas[s] for s in thema_slugs])
        trajecten[nummer] = traject
    return trajecten


def _accounts(trajecten) -> list[tuple[str, str, str]]:
    accounts = []
    hash_ = None  # one slow hash for all demo accounts (same known password), keeps seed_demo fast
    for email, naam, organisatie, is_team, rollen in DEMO_ACCOUNTS:
        user, aangemaakt = User.objects.get_or_create(
            email=email, defaults={"naam": naam, "organisatie": organisatie, "is_team": is_team, "is_staff": is_team}
        )
        if aangemaakt:
            hash_ = hash_ or make_password(DEMO_WACHTWOORD)
            user.password = hash_
            user.save(update_fields=["password"])
        for nummer, rol_namen in rollen.items():
            for rol in rol_namen:
                TrajectRol.objects.get_or_create(user=user, traject=trajecten[nummer], rol=Rol(rol))
        omschrijving = (
            "visieleerteam"
            if is_team
            else ", ".join(sorted({Rol(r).label.lower() for rs in rollen.values() for r in rs}))
        )
        accounts.append((email, DEMO_WACHTWOORD, omschrijving))
    return accounts
