"""Writes of the codebook, tagging, review and memos (fase 3, Luisteren). Each one is atomic and audited."""

from django.db import IntegrityError, transaction
from django.utils import timezone

from interviews.models import Beoordeling, Citaat, Code, Interview, Memo, Tagging
from visieleren.core.services import audit_log, wijzigingen_van


class CodeboekFout(Exception):
    """A change the codebook cannot take; the message is Dutch and meant for the user."""


def _nakomelingen_ids(code: Code) -> set[int]:
    """Ids of all codes below ``code`` (the codebook is small: one query, walked in Python)."""
    kinderen: dict[int | None, list[int]] = {}
    for pk, ouder_id in Code.objects.values_list("pk", "ouder_id"):
        kinderen.setdefault(ouder_id, []).append(pk)
    gevonden, te_doen = set(), [code.pk]
    while te_doen:
        for kind in kinderen.get(te_doen.pop(), []):
            if kind not in gevonden:
                gevonden.add(kind)
                te_doen.append(kind)
    return gevonden


def code_naam_bezet(*, naam: str, groep: str, ouder: Code | None, traject, behalve: Code | None = None) -> bool:
    """Is ``naam`` (ignoring case and spaces around it) taken in (groep, ouder, traject)? The database
    holds the same rule (constraints ``code_naam_uniek_*``)."""
    andere = Code.objects.filter(groep=groep, ouder=ouder, traject=traject, naam__iexact=naam.strip())
    if behalve is not None and behalve.pk:
        andere = andere.exclude(pk=behalve.pk)
    return andere.exists()


def naam_bezet_melding(ouder: Code | None) -> str:
    if ouder is not None:
        return f"Onder “{ouder.naam}” staat al een code met deze naam."
    return "Er is al een code met deze naam in deze groep."


def groep_bij_ouder(*, groep: str, ouder: Code | None, traject) -> str:
    """A subcode has its parent's group; a traject's own code without a parent is in the group traject."""
    if ouder is not None:
        return ouder.groep
    return Code.Groep.TRAJECT if traject is not None else groep


def controleer_ouder(*, code: Code | None, ouder: Code | None, traject) -> None:
    """A parent must not create a cycle, and a shared code cannot hang under one traject's code."""
    if ouder is None:
        return
    if code is not None and code.pk and (ouder.pk == code.pk or ouder.pk in _nakomelingen_ids(code)):
        raise CodeboekFout("Een code kan niet onder zichzelf of onder een van haar subcodes hangen.")
    if ouder.traject_id is not None and ouder.traject_id != getattr(traject, "pk", None):
        raise CodeboekFout("Deze bovenliggende code hoort bij een ander traject.")


@transaction.atomic
def code_create(
    *,
    groep: str,
    naam: str,
    door,
    beschrijving: str = "",
    kleur: str = "#4b5563",
    voorbeeld: str = "",
    ouder: Code | None = None,
    traject=None,
) -> Code:
    if (groep == Code.Groep.TRAJECT) != (traject is not None):
        raise CodeboekFout("Alleen een trajectspecifieke code hoort bij een traject.")
    controleer_ouder(code=None, ouder=ouder, traject=traject)
    if traject is None and ouder is not None and ouder.groep != groep:
        raise CodeboekFout(f"Een subcode hoort in dezelfde groep als “{ouder.naam}” ({ouder.get_groep_display()}).")
    groep, naam = groep_bij_ouder(groep=groep, ouder=ouder, traject=traject), naam.strip()
    if code_naam_bezet(naam=naam, groep=groep, ouder=ouder, traject=traject):
        raise CodeboekFout(naam_bezet_melding(ouder))
    code = Code.objects.create(
        groep=groep,
        naam=naam,
        beschrijving=beschrijving,
        kleur=kleur,
        voorbeeld=voorbeeld,
        ouder=ouder,
        traject=traject,
        aangemaakt_door=door,
    )
    audit_log(actor=door, actie="code toegevoegd", obj=code, traject=traject)
    return code


@transaction.atomic
def code_update(*, code: Code, door, **velden) -> Code:
    """Rename, re-describe, recolour or move (``ouder``) a code. A code under a parent takes the
    parent's group; its subcodes follow a change of group."""
    ouder = velden.get("ouder", code.ouder)
    controleer_ouder(code=code, ouder=ouder, traject=code.traject)
    if ouder is not None and code.traject_id is None and velden.get("groep", code.groep) != ouder.groep:
        raise CodeboekFout(f"Een subcode hoort in dezelfde groep als “{ouder.naam}” ({ouder.get_groep_display()}).")
    if "ouder" in velden or "groep" in velden:
        velden["groep"] = groep_bij_ouder(groep=velden.get("groep", code.groep), ouder=ouder, traject=code.traject)
    if "naam" in velden:
        velden["naam"] = velden["naam"].strip()
    naam, groep = velden.get("naam", code.naam), velden.get("groep", code.groep)
    if code_naam_bezet(naam=naam, groep=groep, ouder=ouder, traject=code.traject, behalve=code):
        raise CodeboekFout(naam_bezet_melding(ouder))
    oud = {veld: getattr(code, veld) for veld in velden}
    for veld, waarde in velden.items():
        setattr(code, veld, waarde)
    code.save(update_fields=list(velden))
    if oud.get("groep", groep) != groep:
        Code.objects.filter(pk__in=_nakomelingen_ids(code)).update(groep=groep)
    audit_log(
        actor=door, actie="code gewijzigd", obj=code, traject=code.traject, wijzigingen=wijzigingen_van(oud, velden)
    )
    return code


@transaction.atomic
def code_actief_zetten(*, code: Code, actief: bool, door) -> Code:
    """Retire a code (it stays on its quotes, but cannot be chosen any more) or bring it back."""
    if code.actief != actief:
        code.actief = actief
        code.save(update_fields=["actief"])
        audit_log(
            actor=door, actie="code weer in gebruik" if actief else "code uitgefaseerd", obj=code, traject=code.traject
        )
    return code


def code_in_gebruik(code: Code) -> bool:
    """Used codes are never deleted: taggings (also removed ones), reviews, memos or subcodes refer to them."""
    return (
        code.taggings.exists()
        or code.beoordelingen.exists()
        or code.memos.exists()
        or code.kinderen.exists()
        or Tagging.objects.filter(samengevoegd_van=code).exists()
    )


@transaction.atomic
def code_delete(*, code: Code, door) -> None:
    if code_in_gebruik(code):
        raise CodeboekFout("Deze code is in gebruik en kan niet worden verwijderd. Faseer haar uit of voeg haar samen.")
    audit_log(actor=door, actie="code verwijderd", obj=code, traject=code.traject)
    code.delete()


@transaction.atomic
def code_merge(*, bron: Code, doel: Code, door) -> dict[str, int]:
    """Merge ``bron`` into ``doel``: its taggings, reviews, memos and subcodes move along.

    A quote tagged with both keeps one active tagging (on ``doel``); the other is closed, not deleted,
    so the history of who tagged what stays. ``bron`` is retired and points to ``doel``.
    """
    if bron.pk == doel.pk:
        raise CodeboekFout("Kies een andere code om mee samen te voegen.")
    if doel.pk in _nakomelingen_ids(bron):
        raise CodeboekFout("Een code kan niet worden samengevoegd met een van haar eigen subcodes.")
    if doel.traject_id is not None and doel.traject_id != bron.traject_id:
        raise CodeboekFout("Samenvoegen met een trajectspecifieke code kan alleen binnen hetzelfde traject.")
    nu = timezone.now()
    al_op_doel = set(Tagging.objects.filter(code=doel, verwijderd_op__isnull=True).values_list("citaat_id", flat=True))
    taggings = list(Tagging.objects.select_for_update().filter(code=bron))
    dubbel = 0
    for tagging in taggings:
        if tagging.verwijderd_op is None and tagging.citaat_id in al_op_doel:
            tagging.verwijderd_op, tagging.verwijderd_door = nu, door
            dubbel += 1
        tagging.code, tagging.samengevoegd_van = doel, tagging.samengevoegd_van or bron
        tagging.save(update_fields=["code", "samengevoegd_van", "verwijderd_op", "verwijderd_door"])
    beoordelingen, beoordelingen_dubbel = 0, 0
    bestaand = set(Beoordeling.objects.filter(code=doel).values_list("citaat_id", "door_id"))
    for beoordeling in Beoordeling.objects.filter(code=bron):
        if (beoordeling.citaat_id, beoordeling.door_id) in bestaand:
            beoordeling.delete()  # the reviewer already judged the target code on this quote
            beoordelingen_dubbel += 1
        else:
            beoordeling.code = doel
            beoordeling.save(update_fields=["code"])
            beoordelingen += 1
    memos = Memo.objects.filter(code=bron).update(code=doel)
    subcodes = _subcodes_verhuizen(bron=bron, doel=doel, door=door)
    bron.actief, bron.samengevoegd_in = False, doel
    bron.save(update_fields=["actief", "samengevoegd_in"])
    telling = {
        "taggings": len(taggings),
        "dubbel": dubbel,
        "beoordelingen": beoordelingen,
        "beoordelingen_dubbel": beoordelingen_dubbel,
        "memos": memos,
        "subcodes": subcodes,
    }
    audit_log(
        actor=door,
        actie=f"code samengevoegd met {doel}",
        obj=bron,
        traject=bron.traject,
        wijzigingen={"samengevoegd in": [str(bron), str(doel)], **{k: ["", str(v)] for k, v in telling.items()}},
    )
    return telling


def _subcodes_verhuizen(*, bron: Code, doel: Code, door) -> int:
    """Subcodes of ``bron`` move under ``doel`` and take its group; one with a name that ``doel`` already
    has below it is merged into that code instead (names stay unique per parent; the merged, retired
    subcode stays under the retired ``bron``)."""
    verhuisd = 0
    for sub in list(Code.objects.filter(ouder=bron)):
        gelijk = Code.objects.filter(ouder=doel, traject=sub.traject, naam__iexact=sub.naam).first()
        if gelijk is not None:
            code_merge(bron=sub, doel=gelijk, door=door)
        else:
            sub.ouder, sub.groep = doel, doel.groep
            sub.save(update_fields=["ouder", "groep"])
            Code.objects.filter(pk__in=_nakomelingen_ids(sub)).update(groep=doel.groep)
        verhuisd += 1
    return verhuisd


# ---- Tagging --------------------------------------------------------------------------------------


def code_past_bij_traject(code: Code, traject) -> bool:
    return code.actief and (code.traject_id is None or code.traject_id == traject.pk)


def tagging_create(*, citaat: Citaat, code: Code, door) -> Tagging:
    """Tag a quote; tagging it again with the same code is harmless and returns the active tagging."""
    return tagging_get_or_create(citaat=citaat, code=code, door=door)[0]


@transaction.atomic
def tagging_get_or_create(*, citaat: Citaat, code: Code, door) -> tuple[Tagging, bool]:
    """Tag a quote: (the active tagging, whether it is new). A second identical request (double click,
    two tabs) finds the first one's tagging, so the page can say the tag was already there."""
    traject = citaat.interview.traject
    if not code_past_bij_traject(code, traject):
        raise CodeboekFout("Deze code kan niet (meer) worden gebruikt in dit traject.")
    # Lock the quote: parallel identical posts (double click, two tabs) queue here instead of
    # racing into the unique constraint; the later ones find the tagging and return it.
    Citaat.objects.select_for_update().filter(pk=citaat.pk).first()
    bestaand = Tagging.objects.filter(citaat=citaat, code=code, verwijderd_op__isnull=True).first()
    if bestaand:
        return bestaand, False
    try:
        with transaction.atomic():
            tagging = Tagging.objects.create(citaat=citaat, code=code, door=door)
    except IntegrityError:  # SQLite has no row locks; the constraint still keeps one
        return Tagging.objects.get(citaat=citaat, code=code, verwijderd_op__isnull=True), False
    audit_log(actor=door, actie="citaat getagd", obj=tagging, traject=traject)
    return tagging, True


@transaction.atomic
def tagging_remove(*, tagging: Tagging, door) -> Tagging:
    """Remove a tag; the row stays with who removed it and when. Removing it again changes nothing: a
    second request (double click, two tabs) waits for the first and keeps its name and time."""
    vastgelegd = Tagging.objects.select_for_update().get(pk=tagging.pk)
    if vastgelegd.verwijderd_op is not None:
        tagging.verwijderd_op, tagging.verwijderd_door_id = vastgelegd.verwijderd_op, vastgelegd.verwijderd_door_id
        return tagging
    tagging.verwijderd_op, tagging.verwijderd_door = timezone.now(), door
    tagging.save(update_fields=["verwijderd_op", "verwijderd_door"])
    audit_log(actor=door, actie="tag verwijderd", obj=tagging, traject=tagging.citaat.interview.traject)
    return tagging


# ---- Review ---------------------------------------------------------------------------------------


@transaction.atomic
def citaat_beoordelen(*, citaat: Citaat, door, oordelen: dict[Code, str], toevoegen: list[Code]) -> list[Beoordeling]:
    """Record a second expert's judgement: agree/disagree per code of the first coder, plus added codes.

    An added code is also tagged on the quote (by the reviewer), so it shows up everywhere.
    """
    traject = citaat.interview.traject
    resultaat = []
    for code, oordeel in [*oordelen.items(), *((c, Beoordeling.Oordeel.TOEGEVOEGD) for c in toevoegen)]:
        if oordeel not in Beoordeling.Oordeel.values:
            raise CodeboekFout("Onbekend oordeel.")
        beoordeling, _ = Beoordeling.objects.update_or_create(
            citaat=citaat, code=code, door=door, defaults={"oordeel": oordeel, "op": timezone.now()}
        )
        resultaat.append(beoordeling)
    for code in toevoegen:
        tagging_create(citaat=citaat, code=code, door=door)
    audit_log(
        actor=door,
        actie="citaat beoordeeld",
        obj=citaat,
        traject=traject,
        wijzigingen={str(b.code): ["", b.get_oordeel_display()] for b in resultaat},
    )
    return resultaat


# ---- Memos ----------------------------------------------------------------------------------------


@transaction.atomic
def memo_create(
    *, tekst: str, door, citaat: Citaat | None = None, interview: Interview | None = None, code=None, traject=None
):
    """A memo on one quote, interview or code. Its traject is that of the target; for a shared code the
    traject it is written from (``traject``), or none for a memo of the team that only the team reads."""
    if sum(doel is not None for doel in (citaat, interview, code)) != 1:
        raise CodeboekFout("Een memo hoort bij precies één citaat, interview of code.")
    if citaat is not None:
        eigen = citaat.interview.traject
    elif interview is not None:
        eigen = interview.traject
    else:
        eigen = code.traject
    if eigen is not None and traject is not None and traject.pk != eigen.pk:
        raise CodeboekFout("Deze memo hoort bij een ander traject.")
    traject = eigen or traject
    memo = Memo.objects.create(tekst=tekst, auteur=door, citaat=citaat, interview=interview, code=code, traject=traject)
    audit_log(actor=door, actie="memo geschreven", obj=memo, traject=traject)
    return memo
