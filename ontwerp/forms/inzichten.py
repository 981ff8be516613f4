"""Forms of inzichten; Dutch error messages."""

from django import forms

from interviews.forms.codeboek import _ObjectKeuzeVeld
from interviews.models import Citaat
from ontwerp.models import Inzicht
from ontwerp.selectors.inzichten import hoofdthemas, soorten


class InzichtForm(forms.ModelForm):
    """Create (with the steps the user writes in) or edit an inzicht; the step of an existing one is fixed."""

    class Meta:
        model = Inzicht
        fields = ["titel", "toelichting", "hoofdthema", "soort", "stap", "status"]
        labels = {"titel": "Titel", "toelichting": "Toelichting", "hoofdthema": "Hoofdthema", "soort": "Soort"}
        error_messages = {
            "titel": {"required": "Vul de titel van het inzicht in."},
            "hoofdthema": {"required": "Kies een hoofdthema.", "invalid_choice": "Kies een hoofdthema uit de lijst."},
            "soort": {"required": "Kies een soort.", "invalid_choice": "Kies een soort uit de lijst."},
            "stap": {"required": "Kies een stap.", "invalid_choice": "U schrijft geen inzichten in deze stap."},
        }
        widgets = {"toelichting": forms.Textarea(attrs={"rows": 6})}

    def __init__(self, *args, stappen: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["hoofdthema"].queryset = hoofdthemas()
        self.fields["soort"].queryset = soorten()
        if self.instance.pk:
            del self.fields["stap"]
        else:
            self.fields["stap"].choices = [(s, label) for s, label in Inzicht.Stap.choices if s in stappen]


class CitaatKeuzeForm(forms.Form):
    """A quote of this traject, by id (from the matrix, the quote list, the quote page or a drop)."""

    citaat = forms.IntegerField(
        widget=forms.HiddenInput, error_messages={"required": "Kies een citaat.", "invalid": "Kies een citaat."}
    )

    def __init__(self, *args, traject, **kwargs):
        super().__init__(*args, **kwargs)
        self.traject = traject

    def clean_citaat(self):
        citaat = (
            Citaat.objects.filter(pk=self.cleaned_data["citaat"], interview__traject=self.traject)
            .select_related("interview")
            .first()
        )
        if citaat is None:
            raise forms.ValidationError("Dit citaat bestaat niet (meer) in dit traject.")
        return citaat


class InzichtKeuzeForm(forms.Form):
    """An inzicht the user may add quotes to (see ``selectors.inzichten.inzicht_keuzes``)."""

    def __init__(self, *args, inzichten, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["inzicht"] = _ObjectKeuzeVeld(
            objecten=inzichten,
            choices=[("", "Kies een inzicht"), *[(i.pk, f"{i.get_stap_display()}: {i.titel}") for i in inzichten]],
            label="Inzicht",
            error_messages={"required": "Kies een inzicht.", "invalid_choice": "Kies een inzicht uit de lijst."},
        )
