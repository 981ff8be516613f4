"""Forms of the traject itself: the overview filter and documents."""

from django import forms
from django.conf import settings

from trajecten.models import Fase, Status

TOEGESTANE_BESTANDEN = {
    "application/pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "application/vnd.oasis.opendocument.text": ".odt",
    "text/plain": ".txt",
}
BESTAND_HINT = "PDF, Word (.docx), OpenDocument (.odt) of tekst (.txt), hoogstens 10 MB."


def controleer_bestand(bestand):
    """Size, extension and magic bytes of an upload; sets the content type we trust."""
    if bestand.size > settings.UPLOAD_MAX_BYTES:
        raise forms.ValidationError(
            f"Het bestand is te groot; het mag hoogstens {settings.UPLOAD_MAX_BYTES // (1024 * 1024)} MB zijn."
        )
    naam = bestand.name.lower()
    if not any(naam.endswith(ext) for ext in TOEGESTANE_BESTANDEN.values()):
        raise forms.ValidationError("Dit soort bestand kan niet worden geüpload. Kies een PDF, .docx, .odt of .txt.")
    kop = bestand.read(8)
    bestand.seek(0)
    if naam.endswith(".pdf") and not kop.startswith(b"%PDF"):
        raise forms.ValidationError("Dit bestand is geen geldige PDF.")
    if naam.endswith((".docx", ".odt")) and not kop.startswith(b"PK"):
        raise forms.ValidationError("Dit bestand is geen geldig document.")
    bestand.content_type = next(ct for ct, ext in TOEGESTANE_BESTANDEN.items() if naam.endswith(ext))
    return bestand


class OverzichtFilterForm(forms.Form):
    q = forms.CharField(
        label="Zoeken", required=False, max_length=200, help_text="Gemeente, titel, vraagstuk of beleidsthema"
    )
    status = forms.ChoiceField(label="Status", required=False, choices=[("", "Alle statussen"), *Status.choices])
    fase = forms.ChoiceField(label="Fase", required=False, choices=[("", "Alle fasen"), *Fase.choices])


class DocumentForm(forms.Form):
    titel = forms.CharField(label="Titel", max_length=200)
    bestand = forms.FileField(label="Bestand", help_text=BESTAND_HINT)

    def clean_bestand(self):
        return controleer_bestand(self.cleaned_data["bestand"])
