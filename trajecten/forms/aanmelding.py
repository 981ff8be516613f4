"""Forms of werving en selectie: the public aanmelding form, the team's decisions, gemeenten.

Text from the public is cleaned of control characters (except newline and tab) and checked
against a maximum length with a Dutch message; it is stored as typed and always shown escaped.
"""

import hashlib
import re
import time
from datetime import timedelta

from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html

from trajecten.models import Beleidsthema, Gemeente
from trajecten.selectors.aanmelding import gemeente_met_naam
from trajecten.services.aanmelding import gemeente_bezet_melding
from visieleren.forms import DatumInput

_CONTROLETEKENS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
_TIJD_SALT = "trajecten.aanmelding.geladen"


def schone_tekst(waarde: str) -> str:
    """Drop control and bidi-override characters; keep newlines and tabs; one newline style."""
    return _CONTROLETEKENS.sub("", waarde.replace("\r\n", "\n").replace("\r", "\n"))


class TekstVeld(forms.CharField):
    """A CharField that cleans control characters and says in Dutch how long the text may be.

    The browser gets no ``maxlength``: pasted text must never be cut off silently, so the server
    says how much too long it is and the text stays in the field.
    """

    def __init__(self, *args, max_length: int, **kwargs):
        kwargs.setdefault(
            "error_messages",
            {
                "max_length": f"Gebruik hoogstens {max_length:,} tekens (nu %(show_value)s).".replace(",", "."),
                "required": "Vul dit veld in.",
            },
        )
        super().__init__(*args, max_length=max_length, **kwargs)

    def to_python(self, value):
        value = super().to_python(value)
        return schone_tekst(value) if value else value

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        attrs.pop("maxlength", None)
        return attrs

    def validate(self, value):
        """A one-line field stays one line: a newline in a name could break an e-mail header."""
        super().validate(value)
        if value and "\n" in value and not isinstance(self.widget, forms.Textarea):
            raise forms.ValidationError("Gebruik één regel; een regeleinde kan hier niet.", code="regeleinde")


def _lang(label, max_length, **kwargs):
    return TekstVeld(label=label, max_length=max_length, widget=forms.Textarea(attrs={"rows": 6}), **kwargs)


class GemeenteKeuze(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.naam} (regio)" if obj.soort == Gemeente.Soort.REGIO else obj.naam


_TELEFOON = re.compile(r"^\+?[0-9][0-9 ()-]{7,18}[0-9]$")


def _privacy_hint():
    return format_html(
        'Lees in de <a class="utrecht-link" href="{}">privacyverklaring</a> welke gegevens we bewaren, '
        "waarom, hoe lang en wie ze ziet.",
        reverse("privacy"),
    )


class AanmeldingForm(forms.Form):
    """The public intake form. ``geladen`` is a signed timestamp for the minimum fill time."""

    HONINGPOT = "website"

    contact_naam = TekstVeld(label="Uw naam", max_length=200, widget=forms.TextInput(attrs={"autocomplete": "name"}))
    contact_functie = TekstVeld(
        label="Uw functie of rol",
        max_length=200,
        help_text="Bijvoorbeeld beleidsadviseur sociaal domein of teamleider toegang.",
        widget=forms.TextInput(attrs={"autocomplete": "organization-title"}),
    )
    contact_email = forms.EmailField(
        label="Uw e-mailadres",
        max_length=254,
        help_text="Hierheen sturen we de bevestiging en de link om uw aanmelding te volgen.",
        error_messages={
            "required": "Vul uw e-mailadres in.",
            "invalid": "Vul een geldig e-mailadres in, zoals naam@gemeente.nl.",
            "max_length": "Gebruik hoogstens 254 tekens voor het e-mailadres.",
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    contact_telefoon = TekstVeld(
        label="Uw telefoonnummer",
        max_length=40,
        help_text="Bijvoorbeeld 070 373 8393 of +31 6 12345678.",
        widget=forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
    )
    gemeenten = GemeenteKeuze(
        label="Gemeente(n) of regio",
        queryset=Gemeente.objects.order_by("naam"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Kies één gemeente, of meerdere als u samen met andere gemeenten een traject wilt.",
        error_messages={"invalid_choice": "Kies gemeenten uit de lijst.", "invalid_pk_value": "Kies uit de lijst."},
    )
    gemeente_anders = TekstVeld(
        label="Staat uw gemeente er niet bij?",
        max_length=300,
        required=False,
        help_text="Vul dan hier de naam van uw gemeente(n) in.",
    )
    vraag = _lang(
        "Uw vraag in eigen woorden",
        5000,
        help_text="Wat wilt u verbeteren in de toegang tot het sociaal domein? Hoogstens 5.000 tekens.",
    )
    context = _lang(
        "Context en urgentie",
        5000,
        help_text="Wat speelt er in uw gemeente, en waarom is dit nu belangrijk? Hoogstens 5.000 tekens.",
    )
    beleidsthemas = forms.ModelMultipleChoiceField(
        label="Beleidsthema's",
        queryset=Beleidsthema.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": "Kies minstens één beleidsthema.", "invalid_choice": "Kies uit de lijst."},
    )
    betrokkenen = _lang(
        "Wie is al betrokken?",
        3000,
        required=False,
        help_text="Bijvoorbeeld de wethouder, het wijkteam, een cliëntenraad of partners. Hoogstens 3.000 tekens.",
    )
    gewenste_start = forms.DateField(
        label="Gewenste start",
        required=False,
        help_text="Een schatting is goed. Bijvoorbeeld 1-3-2027.",
        input_formats=["%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y"],
        widget=DatumInput(),
        error_messages={"invalid": "Vul een datum in, zoals 1-3-2027."},
    )
    toestemming = forms.BooleanField(
        label="Ik geef toestemming om deze gegevens te bewaren voor de beoordeling van deze aanmelding",
        error_messages={"required": "Vink het vakje aan: zonder toestemming kunnen we de aanmelding niet versturen."},
    )
    geladen = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["toestemming"].help_text = _privacy_hint()
        if not self.is_bound:
            self.initial["geladen"] = nieuw_tijdstempel()

    @property
    def is_spam(self) -> bool:
        """A bot filled in the field that people never see."""
        return bool(self.data.get(self.HONINGPOT, "").strip())

    def clean_contact_telefoon(self):
        telefoon = self.cleaned_data["contact_telefoon"].strip()
        if not _TELEFOON.match(telefoon):
            raise forms.ValidationError("Vul een telefoonnummer in van 10 tot 20 cijfers, zoals 070 373 8393.")
        return telefoon

    def clean_gewenste_start(self):
        start = self.cleaned_data["gewenste_start"]
        vandaag = timezone.localdate()
        if start and start < vandaag:
            raise forms.ValidationError("De gewenste start ligt in het verleden. Kies vandaag of later.")
        if start and start > vandaag + timedelta(days=3 * 365):
            raise forms.ValidationError("Kies een gewenste start binnen drie jaar.")
        return start

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("gemeenten") and not cleaned.get("gemeente_anders") and "gemeenten" not in self.errors:
            self.add_error("gemeenten", "Kies minstens één gemeente, of vul hieronder de naam van uw gemeente in.")
        self._controleer_invultijd()
        return cleaned

    def _controleer_invultijd(self):
        try:
            geladen = signing.loads(self.data.get("geladen", ""), salt=_TIJD_SALT, max_age=24 * 3600)
        except signing.BadSignature:
            self._ververs_tijdstempel()
            raise forms.ValidationError(
                "Het formulier is verlopen. Uw gegevens staan er nog; controleer ze en verstuur opnieuw.",
                code="verlopen",
            ) from None
        if cache.get(_stempel_sleutel(self.data.get("geladen", ""))):
            self._ververs_tijdstempel()
            raise forms.ValidationError(
                "Dit formulier is al verstuurd. Wilt u nog een aanmelding doen? Controleer de gegevens en "
                "verstuur opnieuw.",
                code="al_gebruikt",
            )
        # With field errors a person is still filling in: show those, not a bot warning.
        if not self.errors and time.time() - float(geladen) < settings.AANMELDING_MIN_INVULTIJD:
            raise forms.ValidationError(
                "Het formulier werd wel erg snel verstuurd. Controleer uw gegevens en verstuur het opnieuw.",
                code="te_snel",
            )

    def tijdstempel_gebruiken(self) -> None:
        """After a successful send the stamp is spent: a bot cannot reuse one stamp for a day."""
        cache.set(_stempel_sleutel(self.data.get("geladen", "")), 1, timeout=24 * 3600)

    def _ververs_tijdstempel(self):
        self.data = self.data.copy()
        self.data["geladen"] = nieuw_tijdstempel()


def _stempel_sleutel(stempel: str) -> str:
    return "aanmelden:stempel:" + hashlib.sha256(stempel.encode()).hexdigest()[:32]


def nieuw_tijdstempel() -> str:
    return signing.dumps(time.time(), salt=_TIJD_SALT)


class IntrekkenForm(forms.Form):
    reden = TekstVeld(
        label="Reden",
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Helpt ons om ons aanbod te verbeteren.",
    )
    bevestig = forms.BooleanField(
        label="Ja, ik trek de aanmelding in",
        error_messages={"required": "Bevestig dat u de aanmelding wilt intrekken."},
    )


class VraagverhelderingForm(forms.Form):
    datum = forms.DateField(
        label="Datum van het gesprek",
        input_formats=["%Y-%m-%d", "%d-%m-%Y"],
        widget=DatumInput(),
        error_messages={"required": "Vul de datum van het gesprek in.", "invalid": "Vul een datum in, zoals 1-3-2027."},
    )
    deelnemers = TekstVeld(
        label="Wie waren erbij", max_length=500, help_text="Namen en rollen, bijvoorbeeld van het team en de gemeente."
    )
    samenvatting = _lang("Samenvatting", 10000)

    def clean_datum(self):
        datum = self.cleaned_data["datum"]
        if datum > timezone.localdate():
            raise forms.ValidationError("Het gesprek kan niet in de toekomst liggen.")
        return datum


class AccepterenForm(forms.Form):
    """Accept an aanmelding. A gemeente that is not in the list yet is typed in ``nieuwe_gemeente``
    and added together with the traject; a name the list already has is refused next to the field."""

    titel = TekstVeld(
        label="Titel van het traject",
        max_length=200,
        required=False,
        help_text="Leeg laten: de namen van de gemeenten of regio's zoals ze in de lijst staan.",
    )
    gemeenten = GemeenteKeuze(
        label="Gemeente(n) of regio van het traject",
        queryset=Gemeente.objects.order_by("naam"),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text="Staat de gemeente of regio er niet bij? Vul dan hieronder de naam in.",
        error_messages={"invalid_choice": "Kies gemeenten uit de lijst.", "invalid_pk_value": "Kies uit de lijst."},
    )
    nieuwe_gemeente = TekstVeld(
        label="Nieuwe gemeente of regio",
        max_length=200,
        required=False,
        help_text="Alleen als ze nog niet in de lijst staat. Schrijf de naam zoals die moet komen te staan, "
        "bijvoorbeeld Súdwest-Fryslân; ze komt in de lijst van gemeenten en bij dit traject.",
    )
    nieuwe_gemeente_soort = forms.ChoiceField(
        label="Is de nieuwe naam een gemeente of een regio?",
        choices=Gemeente.Soort.choices,
        widget=forms.RadioSelect,
        required=False,
        initial=Gemeente.Soort.GEMEENTE,
        error_messages={"invalid_choice": "Kies gemeente of regio."},
    )
    reden = _lang("Toelichting bij het besluit", 3000, required=False)
    boven_capaciteit = forms.BooleanField(
        label="Ik weet dat de capaciteit van dit jaar bereikt is en accepteer toch",
        required=False,
    )

    def __init__(self, *args, capaciteit_bereikt: bool, **kwargs):
        super().__init__(*args, **kwargs)
        if not capaciteit_bereikt:
            # Only asked when it matters; the service checks again under a lock.
            del self.fields["boven_capaciteit"]

    def clean_nieuwe_gemeente(self):
        naam = " ".join(self.cleaned_data["nieuwe_gemeente"].split())
        if naam and (bestaand := gemeente_met_naam(naam)) is not None:
            raise forms.ValidationError(gemeente_bezet_melding(bestaand.naam), code="bestaat_al")
        return naam

    def clean(self):
        cleaned = super().clean()
        cleaned["nieuwe_gemeente_soort"] = cleaned.get("nieuwe_gemeente_soort") or Gemeente.Soort.GEMEENTE
        gekozen = cleaned.get("gemeenten") or cleaned.get("nieuwe_gemeente")
        if not gekozen and not {"gemeenten", "nieuwe_gemeente"} & set(self.errors):
            self.add_error(
                "gemeenten",
                "Kies minstens één gemeente of regio. Staat ze er niet bij? Vul dan hieronder de naam in.",
            )
        return cleaned

    @property
    def te_maken_gemeente(self) -> dict | None:
        """For the service: the gemeente to add, or None."""
        naam = self.cleaned_data.get("nieuwe_gemeente")
        return {"naam": naam, "soort": self.cleaned_data["nieuwe_gemeente_soort"]} if naam else None


class AfwijzenForm(forms.Form):
    reden = _lang(
        "Reden van afwijzen",
        3000,
        help_text="De contactpersoon krijgt deze reden per e-mail.",
        error_messages={"required": "Vul de reden van afwijzen in."},
    )


class GemeenteForm(forms.ModelForm):
    class Meta:
        model = Gemeente
        fields = ["naam", "soort", "cbs_code", "leden"]
        widgets = {"soort": forms.RadioSelect, "leden": forms.CheckboxSelectMultiple}
        error_messages = {"naam": {"unique": "Er is al een gemeente of regio met deze naam."}}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["naam"].error_messages["required"] = "Vul de naam in."
        self.fields["leden"].queryset = Gemeente.objects.filter(soort=Gemeente.Soort.GEMEENTE).order_by("naam")
        self.fields["leden"].help_text = "Alleen voor een regio: de gemeenten die samenwerken."
        if self.instance.pk:
            self.fields["leden"].queryset = self.fields["leden"].queryset.exclude(pk=self.instance.pk)

    def clean_naam(self):
        naam = " ".join(schone_tekst(self.cleaned_data["naam"]).split())
        if (bestaand := gemeente_met_naam(naam, behalve=self.instance)) is not None:
            raise forms.ValidationError(
                f"Er is al een gemeente of regio met deze naam: {bestaand.naam}.", code="unique"
            )
        return naam

    def clean_cbs_code(self):
        code = self.cleaned_data["cbs_code"].strip().upper()
        if code and not re.fullmatch(r"GM\d{4}", code):
            raise forms.ValidationError("Een CBS-code is GM met vier cijfers, bijvoorbeeld GM0363.")
        return code

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("soort") == Gemeente.Soort.GEMEENTE and cleaned.get("leden"):
            self.add_error(
                "leden", "Alleen een regio heeft gemeenten als lid. Kies soort Regio of haal de vinkjes weg."
            )
        return cleaned
