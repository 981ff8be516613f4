"""Form of the nazorg date; Dutch messages."""

from django import forms
from django.utils import timezone

from visieleren.forms import DatumInput


class NazorgForm(forms.Form):
    nazorg_afgerond_op = forms.DateField(
        label="Evaluatie en nazorggesprek afgerond op",
        required=False,
        widget=DatumInput(),
        help_text="Laat leeg zolang evaluatie of nazorggesprek nog moet komen.",
        error_messages={"invalid": "Vul een geldige datum in."},
    )

    def clean_nazorg_afgerond_op(self):
        datum = self.cleaned_data["nazorg_afgerond_op"]
        if datum and datum > timezone.localdate():
            raise forms.ValidationError("Deze datum ligt in de toekomst.")
        return datum
