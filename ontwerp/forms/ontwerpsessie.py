"""Forms of the ontwerpsessie; Dutch error messages."""

from django import forms

from ontwerp.models import Actiepunt, Ontwerpsessie, Oplossingsrichting


class ReflectieForm(forms.ModelForm):
    class Meta:
        model = Ontwerpsessie
        fields = ["reflectie"]
        labels = {"reflectie": "Reflectie op de inzichten"}
        widgets = {"reflectie": forms.Textarea(attrs={"rows": 6})}


class OplossingsrichtingForm(forms.ModelForm):
    class Meta:
        model = Oplossingsrichting
        fields = ["titel", "toelichting", "inzichten"]
        labels = {"titel": "Oplossingsrichting", "toelichting": "Toelichting", "inzichten": "Onderbouwd door inzichten"}
        error_messages = {
            "titel": {"required": "Vul de titel van de oplossingsrichting in."},
            "inzichten": {"invalid_choice": "Kies inzichten van dit traject."},
        }
        widgets = {"toelichting": forms.Textarea(attrs={"rows": 3}), "inzichten": forms.CheckboxSelectMultiple}

    def __init__(self, *args, inzichten, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["inzichten"].queryset = inzichten
        self.fields["inzichten"].required = True
        self.fields["inzichten"].error_messages["required"] = "Kies minstens één inzicht dat deze richting onderbouwt."


class ActiepuntForm(forms.ModelForm):
    class Meta:
        model = Actiepunt
        fields = ["omschrijving", "eigenaar", "datum", "status"]
        labels = {"omschrijving": "Actie", "eigenaar": "Eigenaar", "datum": "Uiterlijk op", "status": "Status"}
        error_messages = {
            "omschrijving": {"required": "Vul in wat de actie is."},
            "eigenaar": {"required": "Vul de eigenaar in: een rol of organisatie."},
            "datum": {"invalid": "Geef een datum als dd-mm-jjjj."},
        }
        widgets = {"datum": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}


class ActiepuntStatusForm(forms.Form):
    status = forms.ChoiceField(choices=Actiepunt.Status.choices, label="Status")
