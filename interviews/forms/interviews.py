"""Forms of Luisteren (deelnemers, interviews, notes, quotes): validation and Dutch messages."""

import io
import zipfile

from django import forms
from django.utils import timezone

from interviews.models import Deelnemer
from interviews.models.interviews import Reikwijdte
from interviews.services.interviews import Intrekking
from interviews.tekst import normaliseer_regels
from trajecten.models import Perspectief
from visieleren.forms import DatumInput, PersoonKeuze

MAX_UPLOAD = 2 * 1024 * 1024  # 2 MB is many pages of plain text


def _niet_in_de_toekomst(datum):
    if datum and datum > timezone.localdate():
        raise forms.ValidationError("Deze datum ligt in de toekomst.")
    return datum


def _reikwijdtes_veld():
    return forms.MultipleChoiceField(
        label="Toestemming voor gebruik van citaten",
        choices=Reikwijdte.choices,
        required=False,
        initial=Reikwijdte.values,
        widget=forms.CheckboxSelectMultiple,
        help_text=(
            "Vink alleen aan waarvoor de deelnemer toestemming gaf. Elk gebruik kan later apart worden ingetrokken."
        ),
    )


class DeelnemerForm(forms.Form):
    """Someone from the stakeholder map, or a new person who is put on the map at the same time."""

    betrokkene = forms.ModelChoiceField(
        label="Iemand van de stakeholderkaart",
        queryset=None,
        required=False,
        empty_label="— nieuwe persoon (vul hieronder in) —",
        help_text="Staat de persoon nog niet op de stakeholderkaart? Laat dit leeg en vul naam en perspectief in.",
    )
    naam = forms.CharField(label="Naam (nieuwe persoon)", max_length=200, required=False)
    organisatie = forms.CharField(label="Organisatie (nieuwe persoon)", max_length=200, required=False)
    perspectief = forms.ChoiceField(
        label="Perspectief (nieuwe persoon)", choices=[("", "—"), *Perspectief.choices], required=False
    )
    email = forms.EmailField(
        label="E-mailadres (nieuwe persoon)",
        required=False,
        help_text="Voor de evaluatielink later.",
        error_messages={"invalid": "Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl."},
    )
    toestemming_op = forms.DateField(
        label="Toestemming gegeven op",
        required=False,
        widget=DatumInput(),
        help_text="Zonder vastgelegde toestemming kunnen van deze persoon geen citaten worden gemaakt.",
        error_messages={"invalid": "Vul een geldige datum in."},
    )
    reikwijdtes = _reikwijdtes_veld()

    def __init__(self, *args, betrokkenen, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["betrokkene"].queryset = betrokkenen

    def clean_toestemming_op(self):
        return _niet_in_de_toekomst(self.cleaned_data["toestemming_op"])

    def clean(self):
        data = super().clean()
        if data.get("betrokkene"):
            # Both a chosen person and a typed new one: never drop what was typed without a word.
            for veld in ("naam", "organisatie", "email"):
                if str(data.get(veld) or "").strip():
                    self.add_error(
                        veld,
                        "Kies iemand van de stakeholderkaart óf vul een nieuwe persoon in, niet allebei. "
                        "Maak dit veld leeg of kies bovenaan de nieuwe persoon.",
                    )
        else:
            if not data.get("naam", "").strip():
                self.add_error("naam", "Kies iemand van de stakeholderkaart of vul de naam van een nieuwe persoon in.")
            if not data.get("perspectief"):
                self.add_error("perspectief", "Kies het perspectief van de nieuwe persoon.")
        return data


class ToestemmingForm(forms.Form):
    toestemming_op = forms.DateField(
        label="Toestemming gegeven op", widget=DatumInput(), error_messages={"required": "Vul de datum in."}
    )
    reikwijdtes = _reikwijdtes_veld()

    def clean_toestemming_op(self):
        return _niet_in_de_toekomst(self.cleaned_data["toestemming_op"])


class ReikwijdteIntrekkenForm(forms.Form):
    """Withdraw consent for one use of the quotes; the quotes themselves stay."""

    reikwijdte = forms.ChoiceField(
        label="Toestemming intrekken voor",
        widget=forms.RadioSelect,
        choices=Reikwijdte.choices,
        error_messages={"required": "Kies voor welk gebruik de toestemming wordt ingetrokken."},
    )
    ingetrokken_op = forms.DateField(
        label="Ingetrokken op", widget=DatumInput(), error_messages={"required": "Vul de datum in."}
    )

    def __init__(self, *args, deelnemer: Deelnemer, **kwargs):
        super().__init__(*args, **kwargs)
        self.deelnemer = deelnemer

    def clean_ingetrokken_op(self):
        return _niet_in_de_toekomst(self.cleaned_data["ingetrokken_op"])

    def clean_reikwijdte(self):
        reikwijdte = self.cleaned_data["reikwijdte"]
        if getattr(self.deelnemer, Deelnemer.reikwijdte_veld(reikwijdte)) is None:
            raise forms.ValidationError("Voor dit gebruik was geen toestemming gegeven.")
        return reikwijdte


class IntrekkenForm(forms.Form):
    wijze = forms.ChoiceField(
        label="Wat moet er verwijderd worden?",
        widget=forms.RadioSelect,
        choices=[
            (Intrekking.CITATEN, "Alleen de citaten van deze persoon (met hun taggings)"),
            (
                Intrekking.DEELNEMER,
                "De hele deelnemer: ook de duo-interviews waarin hij of zij sprak, met alle citaten",
            ),
        ],
        error_messages={"required": "Kies wat er verwijderd moet worden."},
    )
    ingetrokken_op = forms.DateField(
        label="Toestemming ingetrokken op", widget=DatumInput(), error_messages={"required": "Vul de datum in."}
    )
    bevestig = forms.BooleanField(
        label="Ik begrijp dat dit niet ongedaan kan worden gemaakt",
        error_messages={"required": "Bevestig dat u dit wilt."},
    )


class InterviewForm(forms.Form):
    datum = forms.DateField(label="Datum", widget=DatumInput(), error_messages={"required": "Vul de datum in."})
    deelnemer_a = forms.ModelChoiceField(
        label="Deelnemer 1", queryset=None, error_messages={"required": "Kies de eerste deelnemer."}
    )
    deelnemer_b = forms.ModelChoiceField(
        label="Deelnemer 2",
        queryset=None,
        help_text="Bij voorkeur iemand met een ander perspectief dan deelnemer 1.",
        error_messages={"required": "Kies de tweede deelnemer."},
    )
    moderator = PersoonKeuze(
        label="Moderator",
        queryset=None,
        required=False,
        empty_label="— nog niet bekend —",
        help_text="Iemand met de rol moderator op dit traject, of iemand van het visieleerteam.",
    )

    def __init__(self, *args, deelnemers, moderatoren, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["deelnemer_a"].queryset = deelnemers
        self.fields["deelnemer_b"].queryset = deelnemers
        self.fields["moderator"].queryset = moderatoren
        for veld in ("deelnemer_a", "deelnemer_b"):
            self.fields[veld].label_from_instance = _deelnemer_keuze

    def clean(self):
        data = super().clean()
        if data.get("deelnemer_a") and data.get("deelnemer_a") == data.get("deelnemer_b"):
            self.add_error("deelnemer_b", "Kies twee verschillende deelnemers.")
        return data


def _deelnemer_keuze(deelnemer: Deelnemer) -> str:
    """Only the team sees this form, so the name may be in it."""
    return f"{deelnemer.pseudoniem} – {deelnemer.betrokkene.naam}"


class InterviewWijzigenForm(forms.Form):
    datum = forms.DateField(label="Datum", widget=DatumInput(), error_messages={"required": "Vul de datum in."})
    moderator = PersoonKeuze(label="Moderator", queryset=None, required=False, empty_label="— geen —")

    def __init__(self, *args, moderatoren, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["moderator"].queryset = moderatoren


class NotitiesForm(forms.Form):
    notities = forms.CharField(
        label="Aantekeningen",
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 24, "spellcheck": "true"}),
        help_text="Platte tekst of eenvoudige Markdown (**vet**, *cursief*, lijstjes met - ). "
        "Tijdens het typen wordt elke paar seconden een concept bewaard.",
    )

    # The version the editor started from (see services.interview_notities_opslaan).
    versie = forms.IntegerField(required=False, min_value=0, max_value=2**31 - 1, widget=forms.HiddenInput)

    def clean_notities(self):
        return normaliseer_regels(self.cleaned_data["notities"])


class UploadForm(forms.Form):
    bestand = forms.FileField(
        label="Bestand met aantekeningen",
        help_text="Een .txt- of .docx-bestand van hoogstens 2 MB. Het vervangt de huidige aantekeningen.",
        error_messages={"required": "Kies een bestand.", "empty": "Het bestand is leeg."},
    )

    def clean_bestand(self):
        bestand = self.cleaned_data["bestand"]
        naam = bestand.name.lower()
        if bestand.size > MAX_UPLOAD:
            raise forms.ValidationError("Het bestand is groter dan 2 MB.")
        if naam.endswith(".txt"):
            return _tekst_uit_txt(bestand.read())
        if naam.endswith(".docx"):
            return _tekst_uit_docx(bestand.read())
        raise forms.ValidationError("Alleen .txt- en .docx-bestanden kunnen worden geüpload.")


def _tekst_uit_txt(inhoud: bytes) -> str:
    if b"\x00" in inhoud:
        raise forms.ValidationError("Dit is geen tekstbestand.")
    for codering in ("utf-8-sig", "cp1252"):
        try:
            return normaliseer_regels(inhoud.decode(codering))
        except UnicodeDecodeError:
            continue
    raise forms.ValidationError("De tekst in dit bestand kan niet worden gelezen; sla het op als UTF-8.")


# A .docx is a zip: a small upload can unpack to gigabytes (a zip bomb). Real interview notes stay
# far below these limits; the check reads only the zip directory, before anything is unpacked.
MAX_DOCX_UITGEPAKT = 20 * 1024 * 1024
MAX_DOCX_TEKSTDEEL = 8 * 1024 * 1024
MAX_DOCX_ALINEAS = 20_000


def _tekst_uit_docx(inhoud: bytes) -> str:
    from docx import Document as Docx

    if not zipfile.is_zipfile(io.BytesIO(inhoud)):
        raise forms.ValidationError("Dit is geen geldig Word-bestand (.docx).")
    with zipfile.ZipFile(io.BytesIO(inhoud)) as archief:
        delen = archief.infolist()
        tekstdeel = sum(i.file_size for i in delen if i.filename == "word/document.xml")
        if sum(i.file_size for i in delen) > MAX_DOCX_UITGEPAKT or tekstdeel > MAX_DOCX_TEKSTDEEL:
            raise forms.ValidationError("Dit Word-bestand is uitgepakt te groot (meer dan 20 MB). Plak de tekst.")
    try:
        document = Docx(io.BytesIO(inhoud))
    except Exception:  # python-docx raises several kinds for a damaged file
        raise forms.ValidationError("Dit Word-bestand kan niet worden gelezen.") from None
    alineas = document.paragraphs
    if len(alineas) > MAX_DOCX_ALINEAS:
        raise forms.ValidationError("Dit Word-bestand heeft te veel alinea's (meer dan 20.000). Plak de tekst.")
    return "\n".join(alinea.text for alinea in alineas)


class CitaatForm(forms.Form):
    """One form for both ways: the script fills ``tekst`` and the offsets from a selection; without
    a mouse, one types or pastes the exact text and the server looks it up."""

    tekst = forms.CharField(
        label="Tekst van het citaat",
        strip=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Selecteer tekst in de aantekeningen en kies ‘Citaat maken van selectie’, "
        "of typ of plak hier de letterlijke tekst.",
        error_messages={"required": "Vul de tekst van het citaat in, of selecteer die in de aantekeningen."},
    )
    spreker = forms.ModelChoiceField(
        label="Spreker",
        queryset=None,
        empty_label="— kies wie dit zei —",
        error_messages={"required": "Kies wie dit zei."},
    )
    context = forms.CharField(
        label="Context",
        max_length=300,
        required=False,
        help_text="Bijvoorbeeld de vraag waarop dit het antwoord was.",
        error_messages={"max_length": "De context mag hoogstens 300 tekens zijn."},
    )
    begin = forms.IntegerField(required=False, min_value=0, widget=forms.HiddenInput)
    eind = forms.IntegerField(required=False, min_value=0, widget=forms.HiddenInput)
    voorkomen = forms.TypedChoiceField(
        label="Welke plek bedoelt u?", required=False, coerce=int, widget=forms.RadioSelect, choices=[]
    )

    def __init__(self, *args, sprekers, voorkomens=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["spreker"].queryset = sprekers
        self.fields["spreker"].label_from_instance = lambda d: d.pseudoniem
        if voorkomens:
            self.fields["voorkomen"].choices = voorkomens
        else:
            del self.fields["voorkomen"]
