"""Forms of the eindrapportage: a section's Markdown, a comment of the gemeente, the team's answer."""

from django import forms

from borging.models import Opmerking, Sectie


class SectieForm(forms.ModelForm):
    class Meta:
        model = Sectie
        fields = ["tekst"]
        widgets = {"tekst": forms.Textarea(attrs={"rows": 18})}


class OpmerkingForm(forms.ModelForm):
    class Meta:
        model = Opmerking
        fields = ["tekst"]
        widgets = {"tekst": forms.Textarea(attrs={"rows": 3})}
        error_messages = {"tekst": {"required": "Vul uw opmerking in."}}


class AntwoordForm(forms.ModelForm):
    class Meta:
        model = Opmerking
        fields = ["antwoord"]
        widgets = {"antwoord": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["antwoord"].required = True
        self.fields["antwoord"].error_messages["required"] = "Vul uw antwoord in."
