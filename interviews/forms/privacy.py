"""Forms of the privacy tools of Luisteren: the traject's list of other names."""

from django import forms

from interviews.models import AndereNaam


class AndereNaamForm(forms.ModelForm):
    class Meta:
        model = AndereNaam
        fields = ["naam", "label"]
        error_messages = {
            "naam": {"required": "Vul de naam in zoals die in de aantekeningen staat."},
            "label": {"required": "Vul in wat er in plaats van de naam moet staan, bijvoorbeeld ‘collega wijkteam’."},
        }
        help_texts = {
            "naam": "Voor- en achternaam of alleen een deel; alle schrijfwijzen (hoofdletters, accenten, "
            "tussenvoegsels, ‘mevrouw …’) worden herkend.",
        }
