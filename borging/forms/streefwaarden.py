"""Forms of streefwaarden and their observations."""

from django import forms
from django.utils import timezone

from borging.models import Observatie, Streefwaarde
from visieleren.forms import DatumInput


class StreefwaardeForm(forms.ModelForm):
    class Meta:
        model = Streefwaarde
        fields = ["indicator", "beschrijving", "eenheid", "nulmeting", "doel", "afgesproken_op"]
        widgets = {"beschrijving": forms.Textarea(attrs={"rows": 3}), "afgesproken_op": DatumInput()}
        help_texts = {
            "indicator": "Bijvoorbeeld: wachttijd tot het eerste gesprek.",
            "nulmeting": "De stand bij de afspraak. Laat leeg als de streefwaarde in verhalen wordt gevolgd.",
            "doel": "Waar de gemeente naartoe wil.",
        }


class ObservatieForm(forms.ModelForm):
    """The observed state on a date: a number, a sentence, a story; at least one of them (the model's
    constraint says so, in Dutch)."""

    class Meta:
        model = Observatie
        fields = ["datum", "waarde", "stand", "verhaal"]
        widgets = {"datum": DatumInput(), "verhaal": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("initial", {}).setdefault("datum", timezone.localdate())
        super().__init__(*args, **kwargs)
