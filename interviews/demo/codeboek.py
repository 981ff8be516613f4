"""Demo data of the codebook: traject codes, taggings by the demo expert, reviews by the moderator, memos.

Runs after ``interviews.demo`` (which puts its quotes in ``demo["citaten"]``); without quotes it only
adds the traject codes and a memo on a code. Idempotent: running it again adds nothing.
"""

from django.db.models import Q

from interviews.models import Beoordeling, Citaat, Code, Interview, Memo, Tagging
from visieleren.accounts.models import User

EXPERT = "expert@visieleren.test"
MODERATOR = "moderator@visieleren.test"

# {Tabel 1 nummer: [(naam, bovenliggende gedeelde code of None, beschrijving, kleur)]}
TRAJECTCODES = {
    1: [("Eén loket", "Inwoner centraal", "Inwoners willen met één vraag op één plek terecht.", "#1f6f8b")],
    5: [
        ("Basis op orde", "Rust en regie", "Processen, registratie en bezetting van de toegang op orde.", "#7a4b94"),
        ("Samenwerking met de huisarts", "Inwoner centraal", "Afstemming tussen toegang en huisartsen.", "#1f6f8b"),
    ],
    7: [
        ("Basis op orde", "Rust en regie", "Processen, registratie en bezetting van de toegang op orde.", "#7a4b94"),
        ("Wachttijden", None, "Hoe lang inwoners wachten op een gesprek of besluit.", "#8a1c00"),
    ],
}

# Words that point to a hoofdthema or a soort; quotes without such a word get one in turn.
HOOFDTHEMA_WOORDEN = {
    "Inwoner centraal": ["inwoner", "ouder", "gezin", "zelf", "verhaal", "keukentafel", "mensen"],
    "Rust en regie": ["wacht", "druk", "personeel", "regie", "basis", "rust", "registr", "proces"],
    "Balans lokaal en regionaal": ["regio", "gemeenten", "samenwerk", "inkoop", "aanbieder"],
}
WERKZAAM_WOORDEN = ["werkt", "goed", "helpt", "fijn", "succes", "gelukt", "sterk"]


def laden(demo: dict) -> None:
    expert = User.objects.filter(email=EXPERT).first()
    moderator = User.objects.filter(email=MODERATOR).first()
    trajecten = demo.get("trajecten", {})
    demo["trajectcodes"] = _trajectcodes(trajecten, expert)
    gedeeld = {c.naam: c for c in Code.objects.filter(traject=None, actief=True)}
    if expert:
        Memo.objects.get_or_create(
            code=gedeeld["Rust en regie"],
            tekst="Let op het verschil met ‘Handelingsruimte’: rust en regie gaat over de organisatie, "
            "handelingsruimte over de medewerker.",
            # A memo on a shared code belongs to the traject it was written from: the expert's first.
            defaults={
                "auteur": expert,
                "traject_id": expert.trajectrollen.filter(rol="expert").values_list("traject_id", flat=True).first(),
            },
        )
    citaten = _citaten(demo, trajecten)
    if not citaten or expert is None:
        return
    expert_trajecten = set(expert.trajectrollen.filter(rol="expert").values_list("traject_id", flat=True))
    getagd = []
    for i, citaat in enumerate(citaten):
        traject_id = citaat.interview.traject_id
        if traject_id not in expert_trajecten or i % 6 == 5:
            continue  # some quotes stay untagged, so "ongetagd" has something to show
        codes = _codes_voor(citaat, i, gedeeld, demo["trajectcodes"].get(traject_id, {}))
        for code in codes:
            _tag(citaat, code, expert)
        getagd.append((i, citaat, codes))
    if getagd:
        _geschiedenis(getagd[0][1], gedeeld["Transparant en eenvoudig"], expert)
        _memos(getagd, expert)
    if moderator:
        _beoordelingen(getagd, moderator, gedeeld)


def _citaten(demo, trajecten) -> list[Citaat]:
    bron = demo.get("citaten")  # a list of Citaat, from interviews.demo
    if not bron:
        bron = Citaat.objects.filter(interview__traject__in=list(trajecten.values()))
    pks = [c.pk for c in bron]
    return list(Citaat.objects.filter(pk__in=pks).select_related("interview").order_by("interview_id", "begin", "pk"))


def _trajectcodes(trajecten, door) -> dict[int, dict[str, Code]]:
    uit = {}
    for nummer, codes in TRAJECTCODES.items():
        traject = trajecten.get(nummer)
        if traject is None:
            continue
        for naam, ouder_naam, beschrijving, kleur in codes:
            ouder = Code.objects.get(traject=None, naam=ouder_naam) if ouder_naam else None
            code, _ = Code.objects.get_or_create(
                groep=ouder.groep if ouder else Code.Groep.TRAJECT,  # a subcode has its parent's group
                traject=traject,
                naam=naam,
                defaults={"ouder": ouder, "beschrijving": beschrijving, "kleur": kleur, "aangemaakt_door": door},
            )
            uit.setdefault(traject.pk, {})[naam] = code
    return uit


def _codes_voor(citaat, i, gedeeld, trajectcodes) -> list[Code]:
    tekst = citaat.tekst.lower()
    hoofdthemas = [naam for naam, woorden in HOOFDTHEMA_WOORDEN.items() if any(w in tekst for w in woorden)]
    hoofdthema = hoofdthemas[0] if hoofdthemas else list(HOOFDTHEMA_WOORDEN)[i % 3]
    codes = [gedeeld[hoofdthema]]
    kind = next((c for c in trajectcodes.values() if c.ouder_id == gedeeld[hoofdthema].pk), None)
    if kind and i % 2 == 0:
        codes.append(kind)
    if "wacht" in tekst and "Wachttijden" in trajectcodes:
        codes.append(trajectcodes["Wachttijden"])
    uitgangspunten = [c for c in gedeeld.values() if c.groep == Code.Groep.UITGANGSPUNT]
    codes.append(sorted(uitgangspunten, key=lambda c: c.volgorde)[i % len(uitgangspunten)])
    werkzaam = any(w in tekst for w in WERKZAAM_WOORDEN)
    codes.append(gedeeld["Werkzaam element" if werkzaam else "Dilemma/uitdaging"])
    return codes


def _tag(citaat, code, door) -> None:
    if not Tagging.objects.filter(citaat=citaat, code=code, verwijderd_op__isnull=True).exists():
        Tagging.objects.create(citaat=citaat, code=code, door=door)


def _geschiedenis(citaat, code, door) -> None:
    """One removed tag, so the history on the quote page shows something."""
    from django.utils import timezone

    if not Tagging.objects.filter(citaat=citaat, code=code).exists():
        Tagging.objects.create(citaat=citaat, code=code, door=door, verwijderd_op=timezone.now(), verwijderd_door=door)


def _memos(getagd, expert) -> None:
    _, citaat, _ = getagd[0]
    Memo.objects.get_or_create(
        citaat=citaat,
        tekst="Mooi voorbeeld voor de ontwerpsessie: laat zien hoe het voor de inwoner voelt.",
        defaults={"auteur": expert, "traject_id": citaat.interview.traject_id},
    )
    interview = Interview.objects.filter(pk=citaat.interview_id).first()
    if interview:
        Memo.objects.get_or_create(
            interview=interview,
            tekst="Beide deelnemers herkenden elkaars knelpunten; vaak over dezelfde casus gesproken.",
            defaults={"auteur": expert, "traject_id": interview.traject_id},
        )


def _beoordelingen(getagd, moderator, gedeeld) -> None:
    """The moderator reviews every second tagged quote of the trajecten where they have a content role."""
    eigen = set(
        moderator.trajectrollen.filter(Q(rol="expert") | Q(rol="moderator")).values_list("traject_id", flat=True)
    )
    for n, (i, citaat, codes) in enumerate(getagd):
        if citaat.interview.traject_id not in eigen or n % 2:
            continue
        for code in codes:
            oneens = code.groep == Code.Groep.UITGANGSPUNT and i % 5 == 0
            Beoordeling.objects.get_or_create(
                citaat=citaat, code=code, door=moderator, defaults={"oordeel": "oneens" if oneens else "eens"}
            )
        if i % 4 == 0:
            extra = gedeeld["Regie en zeggenschap"]
            if extra not in codes:
                Beoordeling.objects.get_or_create(
                    citaat=citaat, code=extra, door=moderator, defaults={"oordeel": "toegevoegd"}
                )
                _tag(citaat, extra, moderator)
