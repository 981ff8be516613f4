"""The nazorggesprek: the conversation, plus one small optional part per streefwaarde."""

from django import forms
from django.utils import timezone

from borging.models import Nazorggesprek, Observatie
from visieleren.forms import DatumInput


class NazorggesprekForm(forms.ModelForm):
    class Meta:
        model = Nazorggesprek
        fields = ["datum", "gesproken_met", "notities"]
        widgets = {"datum": DatumInput(), "notities": forms.Textarea(attrs={"rows": 6})}

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("initial", {}).setdefault("datum", timezone.localdate())
        super().__init__(*args, **kwargs)


class StandForm(forms.Form):
    """The observed state of one streefwaarde in this conversation; left empty, it records nothing."""

    waarde = Observatie._meta.get_field("waarde").formfield()
    stand = Observatie._meta.get_field("stand").formfield()
    verhaal = Observatie._meta.get_field("verhaal").formfield(widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, streefwaarde, **kwargs):
        super().__init__(*args, prefix=f"sw{streefwaarde.pk}", **kwargs)
        self.streefwaarde = streefwaarde
        eenheid = f" ({streefwaarde.eenheid})" if streefwaarde.eenheid else ""
        self.fields["waarde"].label = f"Gemeten waarde{eenheid}"

    @property
    def is_leeg(self) -> bool:
        data = self.cleaned_data
        return data.get("waarde") is None and not data.get("stand", "").strip() and not data.get("verhaal", "").strip()

    def observatie(self) -> dict:
        return {"streefwaarde": self.streefwaarde, **{k: self.cleaned_data[k] for k in ("waarde", "stand", "verhaal")}}


def stand_forms(streefwaarden, data=None) -> list[StandForm]:
    return [StandForm(data, streefwaarde=s) for s in streefwaarden]
