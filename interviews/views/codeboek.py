"""Pages of the codebook, the quote list with tagging, review (Cohen's kappa) and memos. Thin views."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django.views.decorators.vary import vary_on_headers

from interviews.forms.codeboek import (
    BeoordelingForm,
    CitaatFilterForm,
    CodeForm,
    MemoForm,
    SamenvoegenForm,
    TagForm,
)
from interviews.models import Beoordeling, Code, Interview, Tagging
from interviews.selectors import codeboek as selectors
from interviews.selectors.interviews import citaat_weergaven, zoekterm_mag
from interviews.services import codeboek as services
from interviews.tellingen import ongetagd_aantal, taggings_per_code
from interviews.views.vrijgave import vrijgave_context
from visieleren.kruimels import traject_kruimels
from visieleren.paginering import IdsEerstPaginator
from visieleren.permissions import Actie, is_team, mag, mag_code_memo, mag_codeboek_lezen, traject_of_404, vereis

CITATEN_PER_PAGINA = 25
# The review queue pages through (and counts) at most this many quotes: counting every tagged quote of a
# 100,000-quote traject took most of the page. Who reviews works from the front of the queue.
BEOORDELEN_HOOGSTENS = 1000


def _vereis_codeboek(user) -> None:
    if not mag_codeboek_lezen(user):
        raise PermissionDenied("Het codeboek is voor het visieleerteam, experts en moderatoren.")


def _kruimels_codeboek(*rest):
    return [("Codeboek", reverse("codeboek:codeboek")), *rest]


def _beheerde_code(request, pk) -> Code:
    """A code this user may see (else 404), in a codebook they may read (else 403) and manage (else 403)."""
    _vereis_codeboek(request.user)
    code = selectors.code_of_404(request.user, pk)
    vereis(request.user, Actie.CODEBOEK_BEHEREN)
    return code


def _citaat_van(request, traject_pk, pk, actie: Actie):
    """Traject visible (else 404), ``actie`` allowed on it (else 403), a quote of that traject (else 404)."""
    traject = traject_of_404(request.user, traject_pk)
    vereis(request.user, actie, traject)
    return traject, selectors.citaat_of_404(traject, pk)


def _post(request):
    """The POST data of a POST (also when empty, so a blank submit shows errors), else None."""
    return request.POST if request.method == "POST" else None


def _weergave(request, traject, citaten) -> list:
    """Set ``citaat.weergave`` and ``citaat.context_weergave``: text and context as this user may read
    them. Names become pseudonyms for everyone but the team and the interview's own moderator (a quote
    keeps its text as written)."""
    citaten = list(citaten)
    weergaven = citaat_weergaven(traject=traject, user=request.user, citaten=citaten)
    for citaat in citaten:
        citaat.weergave, citaat.context_weergave = weergaven[citaat.pk]
    return citaten


def _terug(request, standaard: str) -> str:
    volgende = request.POST.get("volgende") or request.GET.get("volgende") or ""
    if volgende and url_has_allowed_host_and_scheme(volgende, {request.get_host()}, request.is_secure()):
        return volgende
    return standaard


# ---- Codebook -------------------------------------------------------------------------------------


@login_required
@require_GET
def codeboek(request):
    _vereis_codeboek(request.user)
    context = {
        "groepen": [
            (label, selectors.plat(boom))
            for label, boom in selectors.codeboek_boom(user=request.user, aantallen=taggings_per_code())
        ],
        "kan_beheren": mag(request.user, Actie.CODEBOEK_BEHEREN),
        "breadcrumb": [("Codeboek", None)],
    }
    return render(request, "interviews/codeboek/codeboek.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def code_nieuw(request):
    vereis(request.user, Actie.CODEBOEK_BEHEREN)
    form = CodeForm(_post(request))
    if request.method == "POST" and form.is_valid():
        try:
            code = services.code_create(door=request.user, **form.cleaned_data)
        except services.CodeboekFout as fout:
            form.add_error("ouder", str(fout))
        else:
            messages.success(request, f"De code “{code.naam}” is toegevoegd.")
            return redirect("codeboek:code", code.pk)
    context = {"form": form, "titel": "Code toevoegen", "breadcrumb": _kruimels_codeboek(("Code toevoegen", None))}
    return render(request, "interviews/codeboek/code_form.html", context, status=400 if form.errors else 200)


def _code_memo_form(request, code, data=None) -> MemoForm:
    trajecten = selectors.memo_trajecten(request.user, code)
    return MemoForm(data, trajecten=trajecten, team=is_team(request.user))


def _code_pagina(request, code, *, memo_form=None, status=200):
    context = {
        "code": code,
        **selectors.code_detail(code, user=request.user),
        "kan_beheren": mag(request.user, Actie.CODEBOEK_BEHEREN),
        "kan_memo": mag_code_memo(request.user, code),
        "in_gebruik": services.code_in_gebruik(code),
        "memo_form": memo_form or _code_memo_form(request, code),
        "breadcrumb": _kruimels_codeboek((code.naam, None)),
    }
    return render(request, "interviews/codeboek/code.html", context, status=status)


@login_required
@require_GET
def code_detail(request, pk):
    _vereis_codeboek(request.user)
    return _code_pagina(request, selectors.code_of_404(request.user, pk))


@login_required
@require_http_methods(["GET", "POST"])
def code_bewerken(request, pk):
    code = _beheerde_code(request, pk)
    ouders = selectors.codes_zichtbaar(request.user, code.traject) if code.traject_id else None
    form = CodeForm(_post(request), instance=code, ouders=ouders, met_groep=False)
    if request.method == "POST" and form.is_valid():
        try:
            services.code_update(code=Code.objects.get(pk=code.pk), door=request.user, **form.cleaned_data)
        except services.CodeboekFout as fout:
            form.add_error("ouder", str(fout))
        else:
            messages.success(request, "De code is bijgewerkt.")
            return redirect("codeboek:code", code.pk)
    context = {
        "form": form,
        "code": code,
        "titel": f"Code “{code.naam}” bewerken",
        "breadcrumb": _kruimels_codeboek((code.naam, reverse("codeboek:code", args=[code.pk])), ("Bewerken", None)),
    }
    return render(request, "interviews/codeboek/code_form.html", context, status=400 if form.errors else 200)


@login_required
@require_http_methods(["GET", "POST"])
def code_samenvoegen(request, pk):
    bron = _beheerde_code(request, pk)
    doelen = selectors.codes_zichtbaar(request.user, bron.traject).filter(actief=True)
    if not bron.traject_id:
        doelen = doelen.filter(traject=None)
    form = SamenvoegenForm(_post(request), bron=bron, doelen=doelen)
    if request.method == "POST" and form.is_valid():
        doel = form.cleaned_data["doel"]
        try:
            telling = services.code_merge(bron=bron, doel=doel, door=request.user)
        except services.CodeboekFout as fout:
            form.add_error("doel", str(fout))
        else:
            messages.success(
                request,
                f"“{bron.naam}” is samengevoegd met “{doel.naam}”: {telling['taggings']} tagging(s) verplaatst, "
                f"waarvan {telling['dubbel']} dubbel en gesloten.",
            )
            return redirect("codeboek:code", doel.pk)
    context = {
        "form": form,
        "code": bron,
        "breadcrumb": _kruimels_codeboek((bron.naam, reverse("codeboek:code", args=[bron.pk])), ("Samenvoegen", None)),
    }
    return render(request, "interviews/codeboek/samenvoegen.html", context, status=400 if form.errors else 200)


@login_required
@require_POST
def code_actief(request, pk, actief: bool):
    code = _beheerde_code(request, pk)
    services.code_actief_zetten(code=code, actief=actief, door=request.user)
    messages.success(request, "De code is weer in gebruik." if actief else "De code is uitgefaseerd.")
    return redirect("codeboek:code", code.pk)


@login_required
@require_http_methods(["GET", "POST"])
def code_verwijderen(request, pk):
    code = _beheerde_code(request, pk)
    if request.method == "POST":
        try:
            services.code_delete(code=code, door=request.user)
        except services.CodeboekFout as fout:
            messages.error(request, str(fout))
            return redirect("codeboek:code", code.pk)
        messages.success(request, f"De code “{code.naam}” is verwijderd.")
        return redirect("codeboek:codeboek")
    context = {
        "code": code,
        "in_gebruik": services.code_in_gebruik(code),
        "breadcrumb": _kruimels_codeboek((code.naam, reverse("codeboek:code", args=[code.pk])), ("Verwijderen", None)),
    }
    return render(request, "interviews/codeboek/verwijderen.html", context)


@login_required
@require_POST
def code_memo(request, pk):
    _vereis_codeboek(request.user)
    code = selectors.code_of_404(request.user, pk)
    if not mag_code_memo(request.user, code):
        raise PermissionDenied
    form = _code_memo_form(request, code, request.POST)
    if not form.is_valid():
        return _code_pagina(request, code, memo_form=form, status=400)
    traject = form.cleaned_data.get("traject")
    if "traject" not in form.fields and not code.traject_id:
        traject = selectors.memo_trajecten(request.user, code).first()  # the one traject, or none for the team
    services.memo_create(code=code, tekst=form.cleaned_data["tekst"], door=request.user, traject=traject)
    messages.success(request, "De memo is opgeslagen.")
    return redirect("codeboek:code", code.pk)


@login_required
@require_http_methods(["GET", "POST"])
def trajectcode_nieuw(request, traject_pk):
    traject = traject_of_404(request.user, traject_pk)
    vereis(request.user, Actie.TRAJECTCODE_TOEVOEGEN, traject)
    ouders = selectors.codes_zichtbaar(request.user, traject).filter(actief=True)
    form = CodeForm(_post(request), ouders=ouders, met_groep=False, traject=traject)
    if request.method == "POST" and form.is_valid():
        code = services.code_create(groep=Code.Groep.TRAJECT, traject=traject, door=request.user, **form.cleaned_data)
        messages.success(request, f"De trajectcode “{code.naam}” is toegevoegd.")
        return redirect(_terug(request, reverse("codeboek:citaten", args=[traject.pk])))
    context = {
        "form": form,
        "traject": traject,
        "titel": "Trajectcode toevoegen",
        "breadcrumb": traject_kruimels(traject, ("Trajectcode toevoegen", None)),
    }
    return render(request, "interviews/codeboek/code_form.html", context, status=400 if form.errors else 200)


# ---- Quotes and tagging ---------------------------------------------------------------------------


@login_required
@require_GET
@vary_on_headers("HX-Request")
def citaten(request, traject_pk):
    traject = traject_of_404(request.user, traject_pk)
    vereis(request.user, Actie.CITATEN_BEKIJKEN, traject)
    form = CitaatFilterForm(request.GET or None, traject=traject)
    filters = dict(form.cleaned_data) if form.is_valid() else {}
    citaten = selectors.citaat_filter(traject=traject, filters=filters)
    if not zoekterm_mag(traject=traject, user=request.user, q=filters.get("q", "")):
        citaten = citaten.none()  # a name, in whatever spelling, finds nothing for who may not see names
    paginator = IdsEerstPaginator(citaten, CITATEN_PER_PAGINA, laden=selectors.citaten_laden)
    page_obj = paginator.get_page(request.GET.get("page"))
    page_obj.object_list = _weergave(request, traject, page_obj.object_list)
    codes = form.tagbare_codes
    ongetagd = ongetagd_aantal(traject)
    context = {
        "traject": traject,
        "form": form,
        "page_obj": page_obj,
        "keuzes": selectors.gegroepeerde_keuzes(codes),
        "kan_taggen": mag(request.user, Actie.CITAAT_TAGGEN, traject),
        "kan_namen": mag(request.user, Actie.NAMEN_ZIEN, traject),
        "kan_trajectcode": mag(request.user, Actie.TRAJECTCODE_TOEVOEGEN, traject),
        "kan_beoordelen": mag(request.user, Actie.CITAAT_BEOORDELEN, traject),
        "ongetagd": ongetagd,
        # Looked up only when there is one (the count is cached): no query on a fully tagged traject.
        "volgend_ongetagd": selectors.volgend_ongetagd(traject=traject) if ongetagd else None,
        "volgende": request.get_full_path(),
        "breadcrumb": traject_kruimels(traject, ("Citaten", None)),
    }
    template = "interviews/codeboek/citaten.html#resultaten" if request.htmx else "interviews/codeboek/citaten.html"
    return render(request, template, context)


def _citaat_pagina(request, traject, citaat, *, tag_form=None, memo_form=None, status=200):
    codes = selectors.tagbare_codes(traject)
    detail = selectors.citaat_detail(citaat, user=request.user)
    citaat.actieve_taggings = detail["actieve_taggings"]
    _weergave(request, traject, [citaat])
    context = {
        "traject": traject,
        "citaat": citaat,
        **detail,
        "keuzes": selectors.gegroepeerde_keuzes(codes),
        "fout": tag_form.errors["code"][0] if tag_form is not None else "",
        "memo_form": memo_form or MemoForm(),
        "kan_taggen": mag(request.user, Actie.CITAAT_TAGGEN, traject),
        "kan_memo": mag(request.user, Actie.MEMO_SCHRIJVEN, traject),
        "kan_namen": mag(request.user, Actie.NAMEN_ZIEN, traject),
        "kan_beoordelen": mag(request.user, Actie.CITAAT_BEOORDELEN, traject),
        "volgend_ongetagd": selectors.volgend_ongetagd(traject=traject, na=citaat.pk),
        # A form posted from elsewhere (the interview page) that comes back here with an error keeps
        # where it came from, so the next try returns there.
        "volgende": _terug(request, reverse("codeboek:citaat", args=[traject.pk, citaat.pk])),
        "breadcrumb": traject_kruimels(
            traject, ("Citaten", reverse("codeboek:citaten", args=[traject.pk])), ("Citaat", None)
        ),
        **vrijgave_context(request.user, citaat),
    }
    return render(request, "interviews/codeboek/citaat.html", context, status=status)


@login_required
@require_GET
def citaat(request, traject_pk, pk):
    traject, citaat = _citaat_van(request, traject_pk, pk, Actie.CITATEN_BEKIJKEN)
    return _citaat_pagina(request, traject, citaat)


def _tags_partial(request, traject, citaat, *, fout="", melding=""):
    """htmx: the tag list and form (swapped) and the message, put into the status element that stays on
    the page, so that screen readers announce it."""
    selectors.met_actieve_taggings([citaat])
    context = {
        "traject": traject,
        "citaat": citaat,
        "keuzes": selectors.gegroepeerde_keuzes(selectors.tagbare_codes(traject)),
        "kan_taggen": True,
        "fout": fout,
        "melding": melding,
        "volgende": _terug(request, reverse("codeboek:citaat", args=[traject.pk, citaat.pk])),
    }
    return render(request, "interviews/codeboek/_tags.html#bijgewerkt", context)


def _na_tagwijziging(request, traject, citaat, melding: str, *, niets_veranderd: bool = False):
    """htmx: the refreshed tags with the message; a plain POST: back where the form was, at the tags."""
    if request.htmx:
        return _tags_partial(request, traject, citaat, melding=melding)
    (messages.info if niets_veranderd else messages.success)(request, melding)
    return redirect(
        _terug(request, reverse("codeboek:citaat", args=[traject.pk, citaat.pk])) + f"#citaat-{citaat.pk}-tags"
    )


@login_required
@require_POST
def tag_toevoegen(request, traject_pk, pk):
    traject, citaat = _citaat_van(request, traject_pk, pk, Actie.CITAAT_TAGGEN)
    form = TagForm(request.POST, codes=selectors.tagbare_codes(traject))
    if not form.is_valid():
        fout = form.errors["code"][0]
        if request.htmx:
            return _tags_partial(request, traject, citaat, fout=fout)
        return _citaat_pagina(request, traject, citaat, tag_form=form, status=400)
    code = form.cleaned_data["code"]
    _, nieuw = services.tagging_get_or_create(citaat=citaat, code=code, door=request.user)
    melding = f"Tag “{code.naam}” toegevoegd." if nieuw else f"Tag “{code.naam}” stond al bij dit citaat."
    return _na_tagwijziging(request, traject, citaat, melding, niets_veranderd=not nieuw)


@login_required
@require_POST
def tag_verwijderen(request, traject_pk, pk, tagging_pk):
    traject, citaat = _citaat_van(request, traject_pk, pk, Actie.CITAAT_TAGGEN)
    tagging = get_object_or_404(Tagging.objects.select_related("code"), pk=tagging_pk, citaat=citaat)
    al_weg = tagging.verwijderd_op is not None  # a second click, or removed in another window
    services.tagging_remove(tagging=tagging, door=request.user)
    melding = f"Tag “{tagging.code.naam}” was al verwijderd." if al_weg else f"Tag “{tagging.code.naam}” verwijderd."
    return _na_tagwijziging(request, traject, citaat, melding, niets_veranderd=al_weg)


@login_required
@require_POST
def citaat_memo(request, traject_pk, pk):
    traject, citaat = _citaat_van(request, traject_pk, pk, Actie.MEMO_SCHRIJVEN)
    form = MemoForm(request.POST)
    if not form.is_valid():
        return _citaat_pagina(request, traject, citaat, memo_form=form, status=400)
    services.memo_create(citaat=citaat, tekst=form.cleaned_data["tekst"], door=request.user)
    messages.success(request, "De memo is opgeslagen.")
    return redirect("codeboek:citaat", traject.pk, citaat.pk)


@login_required
@require_http_methods(["GET", "POST"])
def interview_memos(request, traject_pk, pk):
    traject = traject_of_404(request.user, traject_pk)
    vereis(request.user, Actie.NOTITIES_LEZEN, traject)
    interview = get_object_or_404(
        Interview.objects.select_related("deelnemer_a", "deelnemer_b"), pk=pk, traject=traject
    )
    form = MemoForm(_post(request))
    if request.method == "POST":
        vereis(request.user, Actie.MEMO_SCHRIJVEN, traject)
        if form.is_valid():
            services.memo_create(interview=interview, tekst=form.cleaned_data["tekst"], door=request.user)
            messages.success(request, "De memo is opgeslagen.")
            return redirect("codeboek:interview_memos", traject.pk, interview.pk)
    context = {
        "traject": traject,
        "interview": interview,
        "memos": selectors.memos_van_interview(interview, user=request.user),
        "memo_form": form,
        "kan_memo": mag(request.user, Actie.MEMO_SCHRIJVEN, traject),
        "breadcrumb": traject_kruimels(traject, ("Memo's bij interview", None)),
    }
    return render(request, "interviews/codeboek/interview_memos.html", context, status=400 if form.errors else 200)


# ---- Review ---------------------------------------------------------------------------------------


@login_required
@require_GET
def beoordelen(request, traject_pk):
    traject = traject_of_404(request.user, traject_pk)
    vereis(request.user, Actie.CITAAT_BEOORDELEN, traject)
    paginator = IdsEerstPaginator(
        selectors.te_beoordelen_segmenten(traject=traject, user=request.user),
        25,
        laden=lambda ids: selectors.te_beoordelen_laden(ids, user=request.user),
        hoogstens=BEOORDELEN_HOOGSTENS,
    )
    page_obj = paginator.get_page(request.GET.get("page"))
    page_obj.object_list = _weergave(request, traject, page_obj.object_list)
    context = {
        "traject": traject,
        "overeenstemming": selectors.kappa_per_code(traject=traject),
        "page_obj": page_obj,
        "breadcrumb": traject_kruimels(traject, ("Beoordelen", None)),
    }
    return render(request, "interviews/codeboek/beoordelen.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def citaat_beoordelen(request, traject_pk, pk):
    traject, citaat = _citaat_van(request, traject_pk, pk, Actie.CITAAT_BEOORDELEN)
    _weergave(request, traject, [citaat])
    taggings = list(citaat.taggings.filter(verwijderd_op__isnull=True).select_related("code__ouder", "door"))
    eerste = [t.code for t in taggings if t.door_id != request.user.pk]
    mijn = {b.code_id: b.oordeel for b in Beoordeling.objects.filter(citaat=citaat, door=request.user)}
    al_getagd = {t.code_id for t in taggings}
    toe_te_voegen = [c for c in selectors.tagbare_codes(traject) if c.pk not in al_getagd]
    form = BeoordelingForm(_post(request), codes_eerste_codeur=eerste, toe_te_voegen=toe_te_voegen, bestaand=mijn)
    if request.method == "POST" and form.is_valid():
        toevoegen = [form.cleaned_data["toevoegen"]] if form.cleaned_data["toevoegen"] else []
        services.citaat_beoordelen(citaat=citaat, door=request.user, oordelen=form.oordelen(), toevoegen=toevoegen)
        volgend = selectors.volgend_te_beoordelen(traject=traject, user=request.user, na=citaat.pk)
        if volgend is None:
            messages.success(request, "Uw beoordeling is opgeslagen. Er wacht geen citaat meer op uw beoordeling.")
            return redirect("codeboek:beoordelen", traject.pk)
        messages.success(request, "Uw beoordeling is opgeslagen. Hieronder staat het volgende citaat.")
        return redirect("codeboek:citaat_beoordelen", traject.pk, volgend.pk)
    context = {
        "traject": traject,
        "citaat": citaat,
        "form": form,
        "eerste": eerste,
        "kan_namen": mag(request.user, Actie.NAMEN_ZIEN, traject),
        "breadcrumb": traject_kruimels(
            traject, ("Beoordelen", reverse("codeboek:beoordelen", args=[traject.pk])), ("Citaat beoordelen", None)
        ),
    }
    return render(request, "interviews/codeboek/citaat_beoordelen.html", context, status=400 if form.errors else 200)
