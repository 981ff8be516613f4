"""Form of an expert's reflection: three texts and codes of the shared codebook (or the traject's own)."""

from django import forms
from django.db.models import Q

from interviews.models import Code
from rodedraden.models import Reflectie


class ReflectieForm(forms.ModelForm):
    codes = forms.ModelMultipleChoiceField(
        label="Codes",
        queryset=Code.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Dezelfde codes als bij de citaten: zo staat uw reflectie naast de inzichten in de rode draden.",
        error_messages={"invalid_choice": "Kies codes uit de lijst.", "invalid_pk_value": "Kies codes uit de lijst."},
    )

    class Meta:
        model = Reflectie
        fields = ["wat_werkte", "dilemmas", "advies", "codes"]
        widgets = {
            "wat_werkte": forms.Textarea(attrs={"rows": 4}),
            "dilemmas": forms.Textarea(attrs={"rows": 4}),
            "advies": forms.Textarea(attrs={"rows": 4}),
        }
        help_texts = {
            "wat_werkte": "Wat werkte in dit traject, en waarom?",
            "dilemmas": "Welke dilemma's en uitdagingen zag u?",
            "advies": "Wat zou u andere gemeenten met een vergelijkbare vraag aanraden? "
            "Noem geen namen van deelnemers.",
        }

    def __init__(self, *args, traject, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["codes"].queryset = (
            Code.objects.filter(Q(traject=None) | Q(traject=traject), actief=True)
            .exclude(groep=Code.Groep.SOORT)
            .select_related("ouder")
            .order_by("groep", "ouder__volgorde", "volgorde", "naam")
        )

    def clean(self):
        data = super().clean()
        if not any((data.get(veld) or "").strip() for veld in ("wat_werkte", "dilemmas", "advies")):
            self.add_error("wat_werkte", "Vul minstens één van de drie onderdelen in.")
        return data
