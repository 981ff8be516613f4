from django import forms
from django.contrib.auth import forms as auth_forms
from django.contrib.auth import password_validation

from trajecten.models import Rol, Traject
from visieleren.accounts import emails
from visieleren.accounts.models import User


class InloggenForm(auth_forms.AuthenticationForm):
    username = forms.EmailField(
        label="E-mailadres",
        widget=forms.EmailInput(attrs={"autocomplete": "email", "autofocus": True}),
        error_messages={"required": "Vul uw e-mailadres in.", "invalid": "Vul een geldig e-mailadres in."},
    )
    password = forms.CharField(
        label="Wachtwoord",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        error_messages={"required": "Vul uw wachtwoord in."},
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


# ---- Passwords (the rules and their messages: visieleren/accounts/wachtwoord.py) --------------------


class WachtwoordVergetenForm(auth_forms.PasswordResetForm):
    email = forms.EmailField(
        label="E-mailadres",
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": "Vul uw e-mailadres in.",
            "invalid": "Vul een geldig e-mailadres in, zoals naam@gemeente.nl.",
        },
    )

    def send_mail(
        self, subject_template_name, email_template_name, context, from_email, to_email, html_email_template_name=None
    ):
        """Into the outbox, with a link on SITE_URL (never the Host header of the request)."""
        emails.wachtwoord_reset_inplannen(user=context["user"])


class WachtwoordInstellenForm(auth_forms.SetPasswordForm):
    """A new password (from the invitation or the reset link). Each rule the password breaks is
    reported under the password itself; a second password that differs, under the second field
    (Django puts both under the second)."""

    error_messages = {
        "password_mismatch": "De twee wachtwoorden zijn niet gelijk. Typ twee keer hetzelfde wachtwoord.",
    }
    new_password1 = forms.CharField(
        label="Nieuw wachtwoord",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=password_validation.password_validators_help_text_html(),
        error_messages={"required": "Vul een nieuw wachtwoord in."},
    )
    new_password2 = forms.CharField(
        label="Nieuw wachtwoord herhalen",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text="Typ hetzelfde wachtwoord nog een keer.",
        error_messages={"required": "Vul het nieuwe wachtwoord nog een keer in."},
    )

    def clean(self):
        self.validate_passwords("new_password1", "new_password2")
        self.validate_password_for_user(self.user, "new_password1")
        return forms.Form.clean(self)


class WachtwoordWijzigenForm(WachtwoordInstellenForm):
    error_messages = {
        **WachtwoordInstellenForm.error_messages,
        "password_incorrect": "Uw huidige wachtwoord klopt niet. Let op hoofdletters.",
    }
    old_password = forms.CharField(
        label="Huidig wachtwoord",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password", "autofocus": True}),
        error_messages={"required": "Vul uw huidige wachtwoord in."},
    )
    field_order = ["old_password", "new_password1", "new_password2"]

    def clean_old_password(self):
        wachtwoord = self.cleaned_data["old_password"]
        if not self.user.check_password(wachtwoord):
            raise forms.ValidationError(self.error_messages["password_incorrect"], code="password_incorrect")
        return wachtwoord


class PasskeyNaamForm(forms.Form):
    """The name of a passkey, so its owner recognises it in the list (``nieuw``: may stay empty)."""

    naam = forms.CharField(
        label="Naam van de passkey",
        max_length=64,
        help_text="Bijvoorbeeld het apparaat of de wachtwoordbeheerder: ‘Laptop werk’ of ‘Telefoon’.",
        error_messages={
            "required": "Vul een naam voor de passkey in.",
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
