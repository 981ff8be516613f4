"""Form of the released text of a quote; Dutch messages."""

from django import forms


class VrijgaveForm(forms.Form):
    tekst = forms.CharField(
        label="Vrijgegeven tekst",
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=5000,
        help_text=(
            "Namen van deelnemers zijn al vervangen door schuilnamen. Haal ook andere herkenbare namen "
            "(collega's, wijkteams, plaatsen) weg of vervang ze, en geef de tekst dan vrij."
        ),
        error_messages={
            "required": "Vul de tekst in die naar buiten mag.",
            "max_length": "Een vrijgegeven tekst is hoogstens 5000 tekens.",
        },
    )
    gecontroleerd = forms.BooleanField(
        label="Ik heb deze tekst gecontroleerd: er staat niets in waaraan iemand te herkennen is",
        error_messages={"required": "Bevestig dat u de tekst hebt gecontroleerd."},
    )

    def __init__(self, *args, **kwargs):
        # the quote page also has a memo form with a field "tekst": keep the ids apart
        kwargs.setdefault("auto_id", "vrijgave_%s")
        super().__init__(*args, **kwargs)
