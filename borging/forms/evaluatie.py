"""Forms of the evaluation: the team chooses betrokkenen; a betrokkene answers the questionnaire."""

from django import forms

from borging.models import LIKERT_VRAGEN, OPEN_VRAGEN
from borging.models.evaluatie import SCHAAL


class UitnodigenForm(forms.Form):
    betrokkenen = forms.ModelMultipleChoiceField(
        label="Betrokkenen",
        queryset=None,
        widget=forms.CheckboxSelectMultiple,
        help_text="Alleen betrokkenen met een e-mailadres die nog geen uitnodiging kregen.",
        error_messages={"required": "Kies minstens één betrokkene."},
    )

    def __init__(self, *args, betrokkenen, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["betrokkenen"].queryset = betrokkenen
        self.fields["betrokkenen"].label_from_instance = lambda b: f"{b.naam} – {b.get_perspectief_display()}"


class EvaluatieForm(forms.Form):
    """Six statements on a scale of five and three open questions; every question may be skipped,
    but an entirely empty form is not an answer."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for veld, onderdeel, vraag in LIKERT_VRAGEN:
            self.fields[veld] = forms.TypedChoiceField(
                label=vraag,
                choices=[(str(w), f"{w} – {label}") for w, label in SCHAAL],
                coerce=int,
                empty_value=None,
                required=False,
                widget=forms.RadioSelect,
            )
            self.fields[veld].onderdeel = onderdeel
        for veld, vraag in OPEN_VRAGEN:
            self.fields[veld] = forms.CharField(
                label=vraag,
                required=False,
                max_length=3000,
                widget=forms.Textarea(attrs={"rows": 4}),
                help_text="Noem liever geen namen.",
            )

    def onderdeel(self, naam: str):
        return [self[veld] for veld, onderdeel, _ in LIKERT_VRAGEN if onderdeel == naam]

    @property
    def open_velden(self):
        return [self[veld] for veld, _ in OPEN_VRAGEN]

    def clean(self):
        data = super().clean()
        if all(data.get(veld) in (None, "") for veld in self.fields):
            raise forms.ValidationError("Beantwoord minstens één vraag voordat u de vragenlijst verstuurt.")
        return data
