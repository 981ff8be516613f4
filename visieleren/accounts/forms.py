from django import forms
from django.contrib.auth import forms as auth_forms

from trajecten.models import Rol, Traject
from visieleren.accounts.models import User


class InloggenForm(auth_forms.AuthenticationForm):
    username = forms.EmailField(
        label="E-mailadres", widget=forms.EmailInput(attrs={"autocomplete": "email", "autofocus": True})
    )
    password = forms.CharField(
        label="Wachtwoord", strip=False, widget=forms.PasswordInput(attrs={"autocomplete": "current-password"})
    )
    error_messages = {
        "invalid_login": "Het e-mailadres of wachtwoord klopt niet. Let op hoofdletters in het wachtwoord.",
        "inactive": "Dit account is gedeactiveerd. Neem contact op met het visieleerteam.",
    }


class UitnodigenForm(forms.Form):
    naam = forms.CharField(label="Naam", max_length=200)
    email = forms.EmailField(
        label="E-mailadres",
        help_text="De uitnodiging met een link om een wachtwoord in te stellen gaat naar dit adres.",
    )
    organisatie = forms.CharField(label="Organisatie", max_length=200, required=False)
    is_team = forms.BooleanField(
        label="Lid van het visieleerteam",
        required=False,
        help_text=(
            "Teamleden zien en beheren alle trajecten. "
            "Laat uit voor experts, moderatoren, contactpersonen en bestuurders."
        ),
    )

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        if User.objects.filter(email__iexact=email).exists():
            raise forms.ValidationError("Er bestaat al een account met dit e-mailadres.")
        return email


class RolToekennenForm(forms.Form):
    traject = forms.ModelChoiceField(
        label="Traject", queryset=Traject.objects.order_by("titel"), empty_label="Kies een traject"
    )
    rol = forms.ChoiceField(label="Rol", choices=[("", "Kies een rol"), *Rol.choices])


class PersoonForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["naam", "organisatie", "is_team"]


class TweestapsCodeForm(forms.Form):
    code = forms.CharField(
        label="Code",
        max_length=16,
        help_text="De zes cijfers uit uw authenticator-app, of een van uw herstelcodes.",
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}),
        error_messages={"required": "Vul de code in."},
    )

    def clean_code(self):
        return "".join(self.cleaned_data["code"].split())


class PasskeyNaamForm(forms.Form):
    """The name of a passkey, so its owner recognises it in the list (``nieuw``: may stay empty)."""

    naam = forms.CharField(
        label="Naam van de passkey",
        max_length=64,
        help_text="Bijvoorbeeld het apparaat of de wachtwoordbeheerder: ‘Laptop werk’ of ‘Telefoon’.",
        error_messages={
            "required": "Geef de passkey een naam.",
            "max_length": "Een naam is hoogstens %(limit_value)d tekens (nu %(show_value)d).",
        },
    )

    def __init__(self, *args, nieuw: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if nieuw:
            self.fields["naam"].required = False
            self.fields["naam"].help_text += " Leeg laten mag: dan heet hij ‘Passkey’ met een nummer."

    def clean_naam(self):
        return " ".join(self.cleaned_data["naam"].split())
