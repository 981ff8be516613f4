"""Forms of the exchange with research tools: uploading a QDC codebook."""

from django import forms

from interviews.models import Code
from interviews.refi_qda import MAX_QDC_BYTES


class QdcImportForm(forms.Form):
    bestand = forms.FileField(
        label="Codeboek (.qdc)",
        help_text="Een REFI-QDA-codeboek uit ATLAS.ti, NVivo, MAXQDA, QualCoder of Taguette; hoogstens 5 MB.",
        error_messages={"required": "Kies een QDC-bestand.", "empty": "Het bestand is leeg."},
    )
    groep = forms.ChoiceField(
        label="Nieuwe hoofdcodes komen in de groep",
        choices=[(g.value, g.label) for g in (Code.Groep.HOOFDTHEMA, Code.Groep.UITGANGSPUNT, Code.Groep.SOORT)],
        initial=Code.Groep.HOOFDTHEMA,
        help_text="Subcodes krijgen de groep van hun bovenliggende code.",
        error_messages={"required": "Kies een groep.", "invalid_choice": "Kies een groep uit de lijst."},
    )

    def clean_bestand(self) -> bytes:
        bestand = self.cleaned_data["bestand"]
        if not bestand.name.lower().endswith((".qdc", ".xml")):
            raise forms.ValidationError("Kies een bestand dat eindigt op .qdc (of .xml).")
        if bestand.size > MAX_QDC_BYTES:
            raise forms.ValidationError("Het bestand is te groot; een codeboek mag hoogstens 5 MB zijn.")
        return bestand.read()
