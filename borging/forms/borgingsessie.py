"""Forms of the borgingsessie's afspraken."""

from django import forms

from borging.models import Afspraak
from visieleren.forms import DatumInput


class AfspraakForm(forms.ModelForm):
    class Meta:
        model = Afspraak
        fields = ["omschrijving", "opvolger", "datum", "status"]
        widgets = {"omschrijving": forms.Textarea(attrs={"rows": 3}), "datum": DatumInput()}
