"""Forms of quote cards: choosing the quotes (by inzicht, code or perspective) and the set itself."""

from django import forms

from interviews.models import Code
from ontwerp.models import Inzicht, Kaartenset
from trajecten.models.starten import Perspectief


class KaartjesFilterForm(forms.Form):
    inzicht = forms.ModelChoiceField(
        label="Citaten van inzicht", queryset=Inzicht.objects.none(), required=False, empty_label="— alle inzichten —"
    )
    code = forms.ModelChoiceField(
        label="Citaten met code", queryset=Code.objects.none(), required=False, empty_label="— alle codes —"
    )
    perspectief = forms.ChoiceField(
        label="Perspectief", choices=[("", "— alle perspectieven —"), *Perspectief.choices], required=False
    )

    def __init__(self, *args, traject, codes, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["inzicht"].queryset = Inzicht.objects.filter(traject=traject).order_by("titel")
        self.fields["code"].queryset = codes


class KaartensetForm(forms.Form):
    titel = forms.CharField(
        label="Titel",
        max_length=200,
        error_messages={"required": "Vul een titel in, bijvoorbeeld de naam van de sessie."},
    )
    per_pagina = forms.TypedChoiceField(label="Kaartjes per A4", choices=Kaartenset.PER_PAGINA, coerce=int, initial=6)
    citaten = forms.ModelMultipleChoiceField(
        label="Citaten",
        queryset=None,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": "Kies minstens één citaat.",
            "invalid_choice": "Een gekozen citaat kan niet op een kaartje (niet vrijgegeven of geen toestemming).",
            "invalid_pk_value": "Kies citaten uit de lijst.",
        },
    )

    def __init__(self, *args, kandidaten, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["citaten"].queryset = kandidaten.filter(vrijgegeven=True)
