"""Werving en selectie: the public aanmelding form and status page, and the team inbox."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from trajecten.forms.aanmelding import (
    AanmeldingForm,
    AccepterenForm,
    AfwijzenForm,
    GemeenteForm,
    IntrekkenForm,
    VraagverhelderingForm,
)
from trajecten.models import Aanmelding, AanmeldingStatus, Gemeente
from trajecten.selectors.aanmelding import (
    aanmelding_detail,
    aanmelding_list,
    aanmelding_tellingen,
    accepteren_voorstel,
    contact_account,
    gemeente_list,
)
from trajecten.services.aanmelding import (
    AanmeldingFout,
    CapaciteitBereikt,
    GemeenteBestaatAl,
    aanmelding_accepteren,
    aanmelding_afwijzen,
    aanmelding_create,
    aanmelding_intrekken,
    capaciteit,
    gemeente_create,
    gemeente_update,
    token_zoeken,
    vraagverheldering_create,
)
from visieleren import limiet
from visieleren.permissions import team_vereist

# ---- Public: the form and the status page --------------------------------------------------------


def _te_vaak(request) -> bool:
    """Count this post against the IP's hourly budget. With Redis down the cache fails open."""
    return limiet.tellen("aanmelden", limiet.client_ip(request)) > settings.AANMELDING_RATE_LIMIT


_PUBLIEK = [("Start", "/"), ("Aanmelden", None)]


@require_http_methods(["GET", "POST"])
def aanmelden(request):
    if request.method == "GET":
        context = {"form": AanmeldingForm(), "breadcrumb": _PUBLIEK}
        return render(request, "trajecten/aanmelding/formulier.html", context)
    form = AanmeldingForm(request.POST)
    context = {"form": form, "breadcrumb": _PUBLIEK}
    if _te_vaak(request):
        context["te_vaak"] = True
        return render(request, "trajecten/aanmelding/formulier.html", context, status=429)
    if form.is_spam:
        return redirect("aanmelden:verstuurd")
    if not form.is_valid():
        return render(request, "trajecten/aanmelding/formulier.html", context, status=400)
    velden = {k: v for k, v in form.cleaned_data.items() if k not in ("toestemming", "geladen")}
    aanmelding_create(**velden)
    form.tijdstempel_gebruiken()
    return redirect("aanmelden:verstuurd")


@require_GET
def verstuurd(request):
    return render(request, "trajecten/aanmelding/verstuurd.html", {"breadcrumb": _PUBLIEK[:1] + [("Verstuurd", None)]})


def _token_of_fout(request, token):
    gevonden = token_zoeken(token)
    if gevonden is None:
        return None, render(request, "trajecten/aanmelding/link_ongeldig.html", status=404)
    if gevonden.is_verlopen:
        return None, render(request, "trajecten/aanmelding/link_verlopen.html", status=410)
    return gevonden, None


@never_cache
@require_http_methods(["GET", "POST"])
def status(request, token):
    """The contact's own view of the aanmelding; the token in the URL is the only key."""
    gevonden, fout = _token_of_fout(request, token)
    if fout:
        fout["X-Robots-Tag"] = "noindex"
        return fout
    aanmelding = gevonden.aanmelding
    form = IntrekkenForm(request.POST or None)
    status_code = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                aanmelding_intrekken(aanmelding=aanmelding, reden=form.cleaned_data["reden"])
                messages.success(request, "Uw aanmelding is ingetrokken. U krijgt hiervan een bevestiging per e-mail.")
            except AanmeldingFout as fout:
                messages.error(request, str(fout))
            return redirect(request.path)
        status_code = 400
    context = {
        "aanmelding": aanmelding,
        "form": form,
        "verloopt_op": gevonden.verloopt_op,
        "breadcrumb": [("Start", "/"), ("Status van uw aanmelding", None)],
    }
    response = render(request, "trajecten/aanmelding/status.html", context, status=status_code)
    response["X-Robots-Tag"] = "noindex"
    return response


# ---- Team: the inbox -----------------------------------------------------------------------------


def _kruimels(*rest):
    return [("Aanmeldingen", reverse("aanmeldingen:inbox")), *rest]


@login_required
@team_vereist
@require_GET
def inbox(request):
    gekozen = request.GET.get("status", AanmeldingStatus.NIEUW)
    if gekozen not in AanmeldingStatus.values and gekozen != "alle":
        gekozen = AanmeldingStatus.NIEUW
    aanmeldingen = aanmelding_list(status="" if gekozen == "alle" else gekozen)
    tellingen = aanmelding_tellingen()
    tabs = [(waarde, label, tellingen[waarde]) for waarde, label in AanmeldingStatus.choices]
    tabs.append(("alle", "Alle", sum(tellingen.values())))
    context = {
        "page_obj": Paginator(aanmeldingen, 50).get_page(request.GET.get("page")),
        "tabs": tabs,
        "gekozen": gekozen,
        "gekozen_label": dict((w, label) for w, label, _ in tabs)[gekozen],
        "capaciteit": capaciteit(),
        "breadcrumb": [("Aanmeldingen", None)],
    }
    return render(request, "trajecten/aanmelding/inbox.html", context)


def _aanmelding_of_404(pk) -> Aanmelding:
    try:
        return aanmelding_detail(pk=pk)
    except Aanmelding.DoesNotExist:
        raise Http404("Aanmelding niet gevonden") from None


def _detail_context(aanmelding, **forms):
    cap = capaciteit()
    initieel = accepteren_voorstel(aanmelding) if aanmelding.is_open else {}
    vandaag = {"datum": timezone.localdate()}
    return {
        "aanmelding": aanmelding,
        "capaciteit": cap,
        "gesprek_form": forms.get("gesprek_form") or VraagverhelderingForm(prefix="gesprek", initial=vandaag),
        "accepteren_form": forms.get("accepteren_form")
        or AccepterenForm(prefix="accepteren", initial=initieel, capaciteit_bereikt=cap["over"] <= 0),
        "afwijzen_form": forms.get("afwijzen_form") or AfwijzenForm(prefix="afwijzen"),
        "contact_account": contact_account(aanmelding) if aanmelding.traject_id else None,
        "breadcrumb": _kruimels((f"{aanmelding} – {aanmelding.contact_naam}", None)),
    }


@login_required
@team_vereist
@require_GET
def detail(request, pk):
    aanmelding = _aanmelding_of_404(pk)
    return render(request, "trajecten/aanmelding/detail.html", _detail_context(aanmelding))


def _opnieuw(request, aanmelding, **forms):
    return render(request, "trajecten/aanmelding/detail.html", _detail_context(aanmelding, **forms), status=400)


def _uitvoeren(request, aanmelding, service, succes: str, **velden):
    """Run a service on the aanmelding; its refusal (``AanmeldingFout``) or ``succes`` as a message."""
    try:
        service(aanmelding=aanmelding, door=request.user, **velden)
    except AanmeldingFout as fout:
        messages.error(request, str(fout))
    else:
        messages.success(request, succes)
    return redirect(aanmelding)


@login_required
@team_vereist
@require_POST
def vraagverheldering(request, pk):
    aanmelding = _aanmelding_of_404(pk)
    form = VraagverhelderingForm(request.POST, prefix="gesprek")
    if not form.is_valid():
        return _opnieuw(request, aanmelding, gesprek_form=form)
    return _uitvoeren(
        request, aanmelding, vraagverheldering_create, "De vraagverheldering is vastgelegd.", **form.cleaned_data
    )


@login_required
@team_vereist
@require_POST
def accepteren(request, pk):
    aanmelding = _aanmelding_of_404(pk)
    form = AccepterenForm(request.POST, prefix="accepteren", capaciteit_bereikt=capaciteit()["over"] <= 0)
    if not form.is_valid():
        return _opnieuw(request, aanmelding, accepteren_form=form)
    try:
        traject = aanmelding_accepteren(
            aanmelding=aanmelding,
            titel=form.cleaned_data["titel"],
            gemeenten=list(form.cleaned_data["gemeenten"]),
            nieuwe_gemeente=form.te_maken_gemeente,
            reden=form.cleaned_data["reden"],
            boven_capaciteit_bevestigd=form.cleaned_data.get("boven_capaciteit", False),
            door=request.user,
        )
    except GemeenteBestaatAl as fout:
        # Saved by someone else since the form was checked: the same error, next to the field.
        form.add_error("nieuwe_gemeente", str(fout))
        return _opnieuw(request, aanmelding, accepteren_form=form)
    except CapaciteitBereikt as fout:
        # The places may have run out since the page was shown: ask for the confirmation now.
        form = AccepterenForm(request.POST, prefix="accepteren", capaciteit_bereikt=True)
        form.is_valid()
        form.add_error("boven_capaciteit", str(fout))
        return _opnieuw(request, aanmelding, accepteren_form=form)
    except AanmeldingFout as fout:
        messages.error(request, str(fout))
        return redirect(aanmelding)
    messages.success(request, "De aanmelding is geaccepteerd en het traject is aangemaakt.")
    return redirect(traject)


@login_required
@team_vereist
@require_POST
def afwijzen(request, pk):
    aanmelding = _aanmelding_of_404(pk)
    form = AfwijzenForm(request.POST, prefix="afwijzen")
    if not form.is_valid():
        return _opnieuw(request, aanmelding, afwijzen_form=form)
    succes = "De aanmelding is afgewezen; de contactpersoon krijgt een e-mail."
    return _uitvoeren(request, aanmelding, aanmelding_afwijzen, succes, reden=form.cleaned_data["reden"])


# ---- Gemeenten en regio's: the list the aanmelding form and trajecten choose from -----------------


@login_required
@team_vereist
@require_GET
def gemeente_lijst(request):
    context = {"gemeenten": gemeente_list(), "breadcrumb": [("Gemeenten en regio's", None)]}
    return render(request, "trajecten/aanmelding/gemeenten.html", context)


def _gemeente_formulier(request, form, titel):
    """The gemeente form page; a form with errors answers 400."""
    context = {
        "form": form,
        "titel": titel,
        "breadcrumb": [("Gemeenten en regio's", reverse("gemeenten:lijst")), (titel, None)],
    }
    return render(request, "trajecten/aanmelding/gemeente_form.html", context, status=400 if form.errors else 200)


@login_required
@team_vereist
@require_http_methods(["GET", "POST"])
def gemeente_nieuw(request):
    form = GemeenteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        gemeente = gemeente_create(door=request.user, **form.cleaned_data)
        messages.success(request, f"{gemeente} is toegevoegd.")
        return redirect("gemeenten:lijst")
    return _gemeente_formulier(request, form, "Gemeente of regio toevoegen")


@login_required
@team_vereist
@require_http_methods(["GET", "POST"])
def gemeente_bewerken(request, pk):
    gemeente = get_object_or_404(Gemeente, pk=pk)
    # The form validates on its own copy: a ModelForm writes into its instance while validating,
    # and the service must see the old values to log what changed.
    form = GemeenteForm(request.POST or None, instance=Gemeente.objects.get(pk=gemeente.pk))
    titel = f"{gemeente.naam} bewerken"
    if request.method == "POST" and form.is_valid():
        gemeente_update(gemeente=gemeente, door=request.user, **form.cleaned_data)
        messages.success(request, f"{gemeente} is opgeslagen.")
        return redirect("gemeenten:lijst")
    return _gemeente_formulier(request, form, titel)
