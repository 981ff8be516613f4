"""Luisteren: deelnemers and consent, duo-interviews, their notes (autosave, upload) and quote capture.

Thin views: permission, form, service, response. The codebook, tagging and the quote list per
traject are in ``views/codeboek.py`` and friends.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from interviews import privacy
from interviews.forms.interviews import (
    CitaatForm,
    DeelnemerForm,
    InterviewForm,
    InterviewWijzigenForm,
    IntrekkenForm,
    NotitiesForm,
    ReikwijdteIntrekkenForm,
    ToestemmingForm,
    UploadForm,
)
from interviews.models import AantekeningenConcept, Citaat, Deelnemer
from interviews.models.interviews import Reikwijdte
from interviews.selectors import codeboek as codeboek_sel
from interviews.selectors import interviews as sel
from interviews.services import interviews as services
from interviews.tekst import (
    Meerduidig,
    PlaatsFout,
    fragment_rond,
    markdown_naar_html,
    normaliseer_regels,
    plaats_in_bron,
    regel_en_kolom,
    voorkomens,
)
from interviews.tellingen import ongetagd_aantal
from visieleren.kruimels import traject_kruimels
from visieleren.permissions import Actie, mag, mag_interview_bewerken, mag_namen_zien, traject_of_404, vereis

# Rows of the quote table on the interview page; each row's text is pseudonymised on the fly.
CITATEN_PER_PAGINA = 100


def _interviews_kruimel(traject):
    return ("Duo-interviews", reverse("interviews:interviews", args=[traject.pk]))


def _interview_kruimels(traject, interview, laatste: str):
    """Trajecten › traject › Duo-interviews › the interview › ``laatste`` (the current page)."""
    return traject_kruimels(
        traject, _interviews_kruimel(traject), (str(interview), interview.get_absolute_url()), (laatste, None)
    )


def _deelnemer_kruimels(traject, laatste: str):
    """Trajecten › traject › Deelnemers › ``laatste`` (the current page)."""
    return traject_kruimels(
        traject, ("Deelnemers", reverse("interviews:deelnemers", args=[traject.pk])), (laatste, None)
    )


def _eigen_concept(request, interview) -> AantekeningenConcept | None:
    """This person's autosaved draft of the notes (each editor has their own)."""
    return AantekeningenConcept.objects.filter(interview=interview, user=request.user).first()


def _concept_herstellen(request, concept) -> bool:
    """The editor chose to go on with their autosaved draft (``?concept=herstellen``) and there is one."""
    return request.GET.get("concept") == "herstellen" and concept is not None


def _leesbaar_interview(request, traject_pk, pk):
    """Traject visible (else 404), notes readable (else 403), interview of this traject (else 404)."""
    traject = traject_of_404(request.user, traject_pk)
    vereis(request.user, Actie.NOTITIES_LEZEN, traject)
    return traject, sel.interview_detail(traject=traject, pk=pk)


def _bewerkbaar_interview(request, traject_pk, pk):
    traject, interview = _leesbaar_interview(request, traject_pk, pk)
    if not mag_interview_bewerken(request.user, interview):
        raise PermissionDenied("Alleen het visieleerteam en de moderator van dit interview schrijven de aantekeningen.")
    return traject, interview


# ---- Deelnemers (team only: names and contact data) ---------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def deelnemers(request, traject_pk):
    traject = traject_of_404(request.user, traject_pk)
    vereis(request.user, Actie.DEELNEMERS_BEHEREN, traject)
    form = DeelnemerForm(request.POST or None, betrokkenen=sel.betrokkenen_zonder_deelnemer(traject=traject))
    if request.method == "POST" and form.is_valid():
        try:
            deelnemer = services.deelnemer_create(traject=traject, door=request.user, **form.cleaned_data)
        except services.InterviewFout as fout:
            form.add_error(None, str(fout))
        else:
            messages.success(
                request, f"{deelnemer.betrokkene.naam} is deelnemer met schuilnaam {deelnemer.pseudoniem}."
            )
            return redirect("interviews:deelnemers", traject.pk)
    context = {
        "traject": traject,
        "deelnemers": sel.deelnemer_list(traject=traject),
        "form": form,
        "breadcrumb": traject_kruimels(traject, ("Deelnemers", None)),
    }
    return render(request, "interviews/interviews/deelnemers.html", context, status=400 if form.errors else 200)


def _deelnemer(request, traject_pk, pk):
    traject = traject_of_404(request.user, traject_pk)
    vereis(request.user, Actie.DEELNEMERS_BEHEREN, traject)
    return traject, get_object_or_404(Deelnemer.objects.select_related("betrokkene"), traject=traject, pk=pk)


@login_required
@require_http_methods(["GET", "POST"])
def deelnemer(request, traject_pk, pk):
    traject, deelnemer = _deelnemer(request, traject_pk, pk)
    form = ToestemmingForm(request.POST or None, initial=_toestemming_initieel(deelnemer))
    if request.method == "POST" and form.is_valid():
        services.deelnemer_toestemming_vastleggen(
            deelnemer=deelnemer,
            op=form.cleaned_data["toestemming_op"],
            reikwijdtes=form.cleaned_data["reikwijdtes"],
            door=request.user,
        )
        messages.success(request, f"De toestemming van {deelnemer.pseudoniem} is vastgelegd.")
        return redirect("interviews:deelnemers", traject.pk)
    return _deelnemer_pagina(request, traject, deelnemer, form=form)


def _toestemming_initieel(deelnemer) -> dict:
    """The recorded consent; without any scope given yet, the form offers all scopes ticked."""
    initieel = {"toestemming_op": deelnemer.toestemming_op}
    gegeven = [waarde for waarde, _, datum in deelnemer.reikwijdtes if datum]
    return initieel | ({"reikwijdtes": gegeven} if gegeven else {})


def _deelnemer_pagina(request, traject, deelnemer, *, form=None, reikwijdte_form=None):
    form = form or ToestemmingForm(initial=_toestemming_initieel(deelnemer))
    reikwijdte_form = reikwijdte_form or ReikwijdteIntrekkenForm(
        deelnemer=deelnemer, initial={"ingetrokken_op": timezone.localdate()}
    )
    context = {
        "traject": traject,
        "deelnemer": deelnemer,
        "form": form,
        "reikwijdte_form": reikwijdte_form,
        "breadcrumb": _deelnemer_kruimels(traject, deelnemer.pseudoniem),
    }
    fout = form.errors or reikwijdte_form.errors
    return render(request, "interviews/interviews/deelnemer.html", context, status=400 if fout else 200)


@login_required
@require_POST
def deelnemer_reikwijdte(request, traject_pk, pk):
    """Withdraw consent for one scope (e.g. the landelijk rapport only); the quotes stay."""
    traject, deelnemer = _deelnemer(request, traject_pk, pk)
    form = ReikwijdteIntrekkenForm(request.POST, deelnemer=deelnemer)
    if form.is_valid():
        services.deelnemer_reikwijdte_intrekken(
            deelnemer=deelnemer,
            reikwijdte=form.cleaned_data["reikwijdte"],
            op=form.cleaned_data["ingetrokken_op"],
            door=request.user,
        )
        label = dict(Reikwijdte.choices)[form.cleaned_data["reikwijdte"]].lower()
        messages.success(request, f"De toestemming van {deelnemer.pseudoniem} is ingetrokken: {label}.")
        return redirect("interviews:deelnemer", traject.pk, deelnemer.pk)
    return _deelnemer_pagina(request, traject, deelnemer, reikwijdte_form=form)


@login_required
@require_http_methods(["GET", "POST"])
def deelnemer_intrekken(request, traject_pk, pk):
    """Withdrawal of consent: first a page that says what will be removed, then the removal."""
    traject, deelnemer = _deelnemer(request, traject_pk, pk)
    form = IntrekkenForm(request.POST or None, initial={"ingetrokken_op": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        pseudoniem = deelnemer.pseudoniem
        telling = services.deelnemer_toestemming_intrekken(
            deelnemer=deelnemer,
            wijze=form.cleaned_data["wijze"],
            op=form.cleaned_data["ingetrokken_op"],
            door=request.user,
        )
        messages.success(
            request,
            f"Toestemming van {pseudoniem} ingetrokken: {telling['citaten']} citaten, {telling['taggings']} taggings "
            f"en {telling['interviews']} interviews verwijderd.",
        )
        return redirect("interviews:deelnemers", traject.pk)
    context = {
        "traject": traject,
        "deelnemer": deelnemer,
        "gevolgen": sel.intrekking_gevolgen(deelnemer=deelnemer),
        "form": form,
        "breadcrumb": _deelnemer_kruimels(traject, "Toestemming intrekken"),
    }
    return render(
        request, "interviews/interviews/deelnemer_intrekken.html", context, status=400 if form.errors else 200
    )


# ---- Duo-interviews -----------------------------------------------------------------------------


@login_required
@require_GET
def interviews(request, traject_pk):
    traject = traject_of_404(request.user, traject_pk)
    vereis(request.user, Actie.NOTITIES_LEZEN, traject)
    eigen_concepten = set(
        AantekeningenConcept.objects.filter(user=request.user, interview__traject=traject).values_list(
            "interview_id", flat=True
        )
    )
    rijen = [
        {
            "interview": interview,
            "eigen_concept": interview.pk in eigen_concepten,
            "a": sel.deelnemer_label(deelnemer=interview.deelnemer_a, interview=interview, user=request.user),
            "b": sel.deelnemer_label(deelnemer=interview.deelnemer_b, interview=interview, user=request.user),
        }
        for interview in sel.interview_list(traject=traject)
    ]
    context = {"traject": traject, "rijen": rijen, "breadcrumb": traject_kruimels(traject, ("Duo-interviews", None))}
    return render(request, "interviews/interviews/interviews.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def interview_nieuw(request, traject_pk):
    traject = traject_of_404(request.user, traject_pk)
    vereis(request.user, Actie.INTERVIEW_AANMAKEN, traject)
    form = InterviewForm(
        request.POST or None,
        deelnemers=sel.deelnemer_list(traject=traject),
        moderatoren=sel.moderator_kandidaten(traject=traject),
    )
    if request.method == "POST" and form.is_valid():
        try:
            interview = services.interview_create(traject=traject, door=request.user, **form.cleaned_data)
        except services.InterviewFout as fout:
            form.add_error(None, str(fout))
        else:
            messages.success(request, "Het duo-interview is aangemaakt.")
            if sel.zelfde_perspectief(interview):
                messages.warning(
                    request,
                    "Let op: beide deelnemers hebben hetzelfde perspectief. Een duo werkt het best met twee "
                    "verschillende perspectieven.",
                )
            return redirect(interview)
    context = {
        "traject": traject,
        "form": form,
        "breadcrumb": traject_kruimels(traject, _interviews_kruimel(traject), ("Duo-interview toevoegen", None)),
    }
    return render(request, "interviews/interviews/interview_nieuw.html", context, status=400 if form.errors else 200)


@login_required
@require_http_methods(["GET", "POST"])
def interview_wijzigen(request, traject_pk, pk):
    traject, interview = _leesbaar_interview(request, traject_pk, pk)
    vereis(request.user, Actie.INTERVIEW_AANMAKEN, traject)
    form = InterviewWijzigenForm(
        request.POST or None,
        initial={"datum": interview.datum, "moderator": interview.moderator},
        moderatoren=sel.moderator_kandidaten(traject=traject),
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.interview_update(interview=interview, door=request.user, **form.cleaned_data)
        except services.InterviewFout as fout:
            form.add_error("moderator", str(fout))
        else:
            messages.success(request, "Het duo-interview is gewijzigd.")
            return redirect(interview)
    context = {
        "traject": traject,
        "interview": interview,
        "form": form,
        "breadcrumb": _interview_kruimels(traject, interview, "Wijzigen"),
    }
    return render(request, "interviews/interviews/interview_wijzigen.html", context, status=400 if form.errors else 200)


def _citaat_form(interview, data=None, voorkomen_keuzes=None):
    sprekers = Deelnemer.objects.filter(pk__in=[interview.deelnemer_a_id, interview.deelnemer_b_id])
    return CitaatForm(data, sprekers=sprekers, voorkomens=voorkomen_keuzes)


def _pagina_url(interview, nummer: int) -> str:
    """The interview page showing page ``nummer`` of its quote table."""
    return interview.get_absolute_url() + (f"?page={nummer}" if nummer > 1 else "")


def _interview_context(request, traject, interview, citaat_form=None, *, nieuw=None):
    """Everything the interview page shows. ``nieuw``: a quote just saved here; the table shows the page it
    is on, with its row marked (its tag control gets the focus), and it is not the "next untagged" one."""
    user = request.user
    weergave = sel.notities_weergave(interview=interview, user=user)
    citaten = list(interview.citaten.all())
    paginator = Paginator(citaten, CITATEN_PER_PAGINA)
    if nieuw is not None:
        nummer = [c.pk for c in citaten].index(nieuw.pk) // CITATEN_PER_PAGINA + 1  # as sel.citaat_positie
    else:
        nummer = request.GET.get("page")
    citaten_pagina = paginator.get_page(nummer)
    teksten = sel.citaat_weergaven_in_interview(interview=interview, user=user, citaten=citaten_pagina.object_list)
    kan_taggen = mag(user, Actie.CITAAT_TAGGEN, traject)
    # The tag control of the quote list in every row: the taggings of this page in one query, the codes once.
    codeboek_sel.met_actieve_taggings(citaten_pagina.object_list)
    keuzes = codeboek_sel.gegroepeerde_keuzes(codeboek_sel.tagbare_codes(traject)) if kan_taggen and citaten else []
    sprekers = {
        d.pk: {"label": d.pseudoniem, "perspectief": d.get_perspectief_display()}
        for d in (interview.deelnemer_a, interview.deelnemer_b)
    }
    try:
        services.controleer_toestemming(interview)
        toestemming_fout = ""
    except services.GeenToestemming as fout:
        toestemming_fout = str(fout)
    return {
        "traject": traject,
        "interview": interview,
        "label_a": sel.deelnemer_label(deelnemer=interview.deelnemer_a, interview=interview, user=user),
        "label_b": sel.deelnemer_label(deelnemer=interview.deelnemer_b, interview=interview, user=user),
        "perspectief_a": interview.deelnemer_a.get_perspectief_display(),
        "perspectief_b": interview.deelnemer_b.get_perspectief_display(),
        "zelfde_perspectief": sel.zelfde_perspectief(interview),
        "namen_zichtbaar": mag_namen_zien(user, interview),
        "kan_bewerken": mag_interview_bewerken(user, interview),
        "naamkandidaten": privacy.naamkandidaten_in(interview) if mag_interview_bewerken(user, interview) else [],
        "kan_wijzigen": mag(user, Actie.INTERVIEW_AANMAKEN, traject),
        "kan_citatenlijst": mag(user, Actie.CITATEN_BEKIJKEN, traject),
        "kan_taggen": kan_taggen,
        "keuzes": keuzes,
        # Looked up only when a quote waits (the count is cached), as on the quote list.
        "volgend_ongetagd": codeboek_sel.volgend_ongetagd(traject=traject, na=nieuw.pk if nieuw else None)
        if kan_taggen and (nieuw is not None or ongetagd_aantal(traject))
        else None,
        "nieuw_citaat": nieuw.pk if nieuw else None,
        # Where the tag forms send a plain post back to (the htmx ones swap in place).
        "volgende": _pagina_url(interview, citaten_pagina.number),
        "kan_citeren": mag(user, Actie.CITAAT_MAKEN, traject)
        and not toestemming_fout
        and bool(interview.notities)
        and not interview.notities_verwijderd_op,
        "toestemming_fout": toestemming_fout,
        "stukken": sel.notities_met_markeringen(weergave=weergave, citaten=citaten),
        "opgemaakt": markdown_naar_html(weergave.tekst) if interview.notities else "",
        # All quotes are marked in the notes; the table shows one page, with the tag control per row.
        "citaten_pagina": citaten_pagina,
        "citaten": [
            {"citaat": c, "tekst": teksten[c.pk][0], "context": teksten[c.pk][1], "spreker": sprekers[c.spreker_id]}
            for c in citaten_pagina
        ],
        "citaat_form": citaat_form or _citaat_form(interview),
        "breadcrumb": traject_kruimels(traject, _interviews_kruimel(traject), (str(interview), None)),
    }


@login_required
@require_GET
def interview(request, traject_pk, pk):
    traject, interview = _leesbaar_interview(request, traject_pk, pk)
    services.aantekeningen_inzage_vastleggen(interview=interview, door=request.user)
    return render(request, "interviews/interviews/interview.html", _interview_context(request, traject, interview))


# ---- Notes: edit, autosave, upload ----------------------------------------------------------------


def _aantekeningen_context(request, traject, interview, form, upload_form=None, conflict=None):
    concept = _eigen_concept(request, interview)
    herstellen = _concept_herstellen(request, concept)
    return {
        "traject": traject,
        "interview": interview,
        "form": form,
        "upload_form": upload_form or UploadForm(),
        "concept": concept,
        "concept_beschikbaar": concept is not None
        and concept.tekst != interview.notities
        and not herstellen
        and conflict is None,
        "hersteld": herstellen,
        "conflict": conflict,
        "breadcrumb": _interview_kruimels(traject, interview, "Aantekeningen"),
    }


@login_required
@require_http_methods(["GET", "POST"])
def aantekeningen(request, traject_pk, pk):
    traject, interview = _bewerkbaar_interview(request, traject_pk, pk)
    conflict = None
    if request.method == "POST":
        form = NotitiesForm(request.POST)
        if form.is_valid():
            try:
                telling = services.interview_notities_opslaan(
                    interview=interview,
                    notities=form.cleaned_data["notities"],
                    door=request.user,
                    versie=form.cleaned_data["versie"],
                )
            except services.NotitiesConflict as fout:
                form, conflict = _na_conflict(request, interview, form, fout), fout
            except services.InterviewFout as fout:
                form.add_error(None, str(fout))
            else:
                _meld_ankers(request, telling)
                return redirect(interview)
    else:
        concept = _eigen_concept(request, interview)
        if _concept_herstellen(request, concept):
            form = NotitiesForm(initial={"notities": concept.tekst, "versie": concept.basis_versie})
        else:
            form = NotitiesForm(initial={"notities": interview.notities, "versie": interview.notities_versie})
    context = _aantekeningen_context(request, traject, interview, form, conflict=conflict)
    status = 409 if conflict else 400 if form.errors else 200
    return render(request, "interviews/interviews/aantekeningen.html", context, status=status)


def _na_conflict(request, interview, form, fout):
    """Keep the editor's text (in the form and as their draft); the next save is based on the
    version that is stored now, so it goes through once the editor has merged."""
    services.interview_concept_opslaan(
        interview=interview, concept=form.cleaned_data["notities"], door=request.user, basis_versie=fout.versie
    )
    data = request.POST.copy()
    data["versie"] = str(fout.versie)
    form = NotitiesForm(data)
    form.is_valid()
    form.add_error(None, str(fout))
    return form


def _meld_ankers(request, telling):
    messages.success(request, "De aantekeningen zijn opgeslagen.")
    if telling["verplaatst"]:
        messages.info(request, f"{telling['verplaatst']} citaat/citaten opnieuw gevonden op een andere plek.")
    if telling["gewijzigd"]:
        messages.warning(
            request,
            f"{telling['gewijzigd']} citaat/citaten staan niet meer letterlijk in de aantekeningen; "
            "ze zijn gemarkeerd als ‘gewijzigd’. Controleer ze.",
        )


@login_required
@require_POST
def aantekeningen_upload(request, traject_pk, pk):
    traject, interview = _bewerkbaar_interview(request, traject_pk, pk)
    upload_form = UploadForm(request.POST, request.FILES)
    if upload_form.is_valid():
        soort = upload_form.files["bestand"].name.rsplit(".", 1)[-1].lower()
        try:
            telling = services.interview_notities_opslaan(
                interview=interview, notities=upload_form.cleaned_data["bestand"], door=request.user, bron=soort
            )
        except services.InterviewFout as fout:
            upload_form.add_error(None, str(fout))
        else:
            _meld_ankers(request, telling)
            return redirect(interview)
    form = NotitiesForm(initial={"notities": interview.notities, "versie": interview.notities_versie})
    context = _aantekeningen_context(request, traject, interview, form, upload_form)
    return render(request, "interviews/interviews/aantekeningen.html", context, status=400)


@require_POST
def concept(request, traject_pk, pk):
    """Autosave (htmx, every pause of two seconds) or the plain 'Concept bewaren' button."""
    if not request.user.is_authenticated:
        # A lost session must not swap the login page into the editor; the text stays in the window.
        melding = "Niet bewaard: u bent niet meer ingelogd. Kopieer uw tekst en log opnieuw in."
        return HttpResponse(
            format_html('<span id="concept-status" role="status" class="concept-status signaal">{}</span>', melding),
            status=200 if request.htmx else 401,
        )
    traject, interview = _bewerkbaar_interview(request, traject_pk, pk)
    form = NotitiesForm(request.POST)
    if not form.is_valid():
        # Never report "bewaard" for a draft that was not stored (e.g. a NUL character pasted in).
        melding = "Concept niet bewaard: " + " ".join(form.errors.get("notities", ["ongeldige invoer."]))
        return HttpResponse(
            format_html('<span id="concept-status" role="status" class="concept-status signaal">{}</span>', melding),
            status=200 if request.htmx else 400,
        )
    tekst = form.cleaned_data["notities"]
    concept = _eigen_concept(request, interview)
    if tekst != interview.notities:
        concept = services.interview_concept_opslaan(
            interview=interview, concept=tekst, door=request.user, basis_versie=form.cleaned_data["versie"]
        )
    if request.htmx:
        return render(request, "interviews/interviews/aantekeningen.html#concept-status", {"concept": concept})
    messages.success(request, "Het concept is bewaard. Kies ‘Opslaan’ om de aantekeningen vast te leggen.")
    return redirect(reverse("interviews:aantekeningen", args=[traject.pk, interview.pk]) + "?concept=herstellen")


@login_required
@require_POST
def concept_weggooien(request, traject_pk, pk):
    traject, interview = _bewerkbaar_interview(request, traject_pk, pk)
    services.interview_concept_weggooien(interview=interview, door=request.user)
    messages.success(request, "Het concept is weggegooid.")
    return redirect("interviews:aantekeningen", traject.pk, interview.pk)


# ---- Quotes ------------------------------------------------------------------------------------


def _voorkomen_keuzes(weergave_tekst: str, tekst: str) -> list[tuple[int, str]] | None:
    starts = voorkomens(weergave_tekst, normaliseer_regels(tekst))
    if len(starts) < 2:
        return None
    keuzes = []
    for nummer, start in enumerate(starts, start=1):
        regel, kolom = regel_en_kolom(weergave_tekst, start)
        voor, deel, na = fragment_rond(weergave_tekst, start, start + len(tekst), marge=30)
        keuzes.append((nummer, f"Regel {regel}, positie {kolom}: …{voor}[{deel}]{na}…".replace("\n", " ")))
    return keuzes


@login_required
@require_POST
def citaat_nieuw(request, traject_pk, pk):
    """Make a quote from a selection (offsets from citaten.js) or from typed text (no mouse needed)."""
    traject, interview = _leesbaar_interview(request, traject_pk, pk)
    vereis(request.user, Actie.CITAAT_MAKEN, traject)
    weergave = sel.notities_weergave(interview=interview, user=request.user)
    heeft_offsets = request.POST.get("begin", "") != "" and request.POST.get("eind", "") != ""
    keuzes = None if heeft_offsets else _voorkomen_keuzes(weergave.tekst, request.POST.get("tekst", ""))
    form = _citaat_form(interview, request.POST, keuzes)
    if form.is_valid():
        data = form.cleaned_data
        try:
            begin, eind = plaats_in_bron(
                weergave,
                data["tekst"],
                begin_utf16=data["begin"] if heeft_offsets else None,
                eind_utf16=data["eind"] if heeft_offsets else None,
                voorkomen=data.get("voorkomen") or None,
            )
            citaat = services.citaat_create(
                interview=interview,
                begin=begin,
                eind=eind,
                tekst=interview.notities[begin:eind],
                spreker=data["spreker"],
                context=data["context"],
                door=request.user,
            )
        except Meerduidig as fout:
            form.add_error("voorkomen" if "voorkomen" in form.fields else "tekst", str(fout))
        except PlaatsFout as fout:
            form.add_error("tekst", str(fout))
        except services.InterviewFout as fout:
            form.add_error(None, str(fout))
        else:
            return _na_citaat(request, traject, interview, citaat)
    if request.htmx:
        # Only the form comes back, with the errors and everything typed; htmx swaps 2xx answers only.
        response = render(request, "interviews/interviews/interview.html#citaat-velden", {"citaat_form": form})
        response["HX-Retarget"], response["HX-Reswap"] = "#citaat-form", "innerHTML"
        return response
    context = _interview_context(request, traject, interview, citaat_form=form)
    return render(request, "interviews/interviews/interview.html", context, status=400)


def _na_citaat(request, traject, interview, citaat):
    """A saved quote comes back with its tag control. htmx: the quote table at the page with the new row
    (its select gets the focus), the notes with the new marking, an empty form and the message in the
    status region; the page stays where it is. A plain post: back to the row on the interview page."""
    if request.htmx:
        interview = sel.interview_detail(traject=traject, pk=interview.pk)  # with the new quote
        context = _interview_context(request, traject, interview, nieuw=citaat)
        response = render(request, "interviews/interviews/interview.html#na-citaat", context)
        response["HX-Replace-Url"] = context["volgende"]
        return response
    messages.success(request, "Het citaat is gemaakt.")
    nummer = sel.citaat_positie(citaat=citaat) // CITATEN_PER_PAGINA + 1
    return redirect(_pagina_url(interview, nummer) + f"#citaat-{citaat.pk}")


@login_required
@require_http_methods(["GET", "POST"])
def citaat_verwijderen(request, traject_pk, pk, citaat_pk):
    """Deleting a quote also deletes its taggings: first a page that says so, then the deletion."""
    traject, interview = _bewerkbaar_interview(request, traject_pk, pk)
    citaat = get_object_or_404(Citaat.objects.select_related("spreker"), interview=interview, pk=citaat_pk)
    if request.method == "POST":
        services.citaat_delete(citaat=citaat, door=request.user)
        messages.success(request, "Het citaat is verwijderd.")
        return redirect(interview)
    context = {
        "traject": traject,
        "interview": interview,
        "citaat": citaat,
        "aantal_taggings": citaat.taggings.filter(verwijderd_op__isnull=True).count(),
        "breadcrumb": _interview_kruimels(traject, interview, "Citaat verwijderen"),
    }
    return render(request, "interviews/interviews/citaat_verwijderen.html", context)
