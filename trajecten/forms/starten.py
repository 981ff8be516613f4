"""Forms of Starten: start data, expertteam, stakeholder map, bijeenkomsten, phase and early end."""

from datetime import timedelta

from django import forms
from django.conf import settings

from trajecten.forms.traject import BESTAND_HINT, controleer_bestand
from trajecten.models import Betrokkene, Bijeenkomst, ExpertProfiel, Rol, Status, Traject
from visieleren.accounts.models import User
from visieleren.forms import DatumInput, PersonenKeuze, PersoonKeuze, persoon_label

_DATUMTIJD = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")


class StartgegevensForm(forms.ModelForm):
    bw_besluit_bestand = forms.FileField(
        label="Besluit van het college (document)",
        required=False,
        help_text=f"{BESTAND_HINT} Een nieuw bestand komt naast het vorige in de documenten.",
    )

    class Meta:
        model = Traject
        fields = ["kernvraag", "aanpak", "bw_besluit_op", "geplande_start", "geplande_eind"]
        widgets = {
            "kernvraag": forms.Textarea(attrs={"rows": 3}),
            "aanpak": forms.Textarea(attrs={"rows": 5}),
            "bw_besluit_op": DatumInput(),
            "geplande_start": DatumInput(),
            "geplande_eind": DatumInput(),
        }
        help_texts = {
            "bw_besluit_op": "De datum waarop het college van B&W het traject formeel heeft aangemeld.",
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        weken = settings.VISIELEREN_DOORLOOPTIJD_WEKEN
        self.fields[
            "geplande_eind"
        ].help_text = f"Leeg laten: de geplande start plus de standaard doorlooptijd van {weken} weken."

    def clean_bw_besluit_bestand(self):
        bestand = self.cleaned_data.get("bw_besluit_bestand")
        return controleer_bestand(bestand) if bestand else None

    def clean(self):
        data = super().clean()
        start, eind = data.get("geplande_start"), data.get("geplande_eind")
        if start and not eind and "geplande_eind" not in self.errors:
            data["geplande_eind"] = start + timedelta(weeks=settings.VISIELEREN_DOORLOOPTIJD_WEKEN)
        elif start and eind and eind <= start:
            self.add_error("geplande_eind", "De geplande einddatum moet na de geplande start liggen.")
        if eind and not start:
            self.add_error("geplande_start", "Vul ook de geplande start in.")
        return data


class _TeamlidKeuze(PersoonKeuze):
    """A person for the expertteam: the label says which role they already hold on this traject."""

    rollen: dict[int, list[str]] = {}

    def label_from_instance(self, obj):
        al = self.rollen.get(obj.pk)
        return f"{persoon_label(obj)} (al {' en '.join(al)})" if al else persoon_label(obj)


class ExpertteamForm(forms.Form):
    """Add an expert or moderator. Each person appears once; who holds both roles is not offered."""

    rol = forms.ChoiceField(
        label="Rol",
        choices=[(Rol.EXPERT, Rol.EXPERT.label), (Rol.MODERATOR, Rol.MODERATOR.label)],
        widget=forms.RadioSelect,
        initial=Rol.EXPERT,
    )
    user = _TeamlidKeuze(
        label="Persoon",
        queryset=User.objects.none(),
        empty_label="Kies een persoon",
        help_text="Experts komen uit de expertpool; een moderator kan ook een medewerker van de VNG of gemeente zijn. "
        "Wie al in het team zit, staat er met de rol achter.",
        error_messages={"invalid_choice": "Kies een persoon uit de lijst."},
    )

    def __init__(self, *args, traject: Traject, **kwargs):
        super().__init__(*args, **kwargs)
        self.rollen: dict[int, set[str]] = {}
        for user_id, rol in traject.rollen.filter(rol__in=[Rol.EXPERT, Rol.MODERATOR]).values_list("user_id", "rol"):
            self.rollen.setdefault(user_id, set()).add(rol)
        volledig = [pk for pk, rollen in self.rollen.items() if len(rollen) == 2]
        veld = self.fields["user"]
        veld.queryset = User.objects.filter(is_active=True).exclude(pk__in=volledig).order_by("naam", "email")
        veld.rollen = {pk: [Rol(r).label.lower() for r in sorted(rollen)] for pk, rollen in self.rollen.items()}

    def clean(self):
        data = super().clean()
        user, rol = data.get("user"), data.get("rol")
        if user and rol in self.rollen.get(user.pk, ()):
            self.add_error("user", f"{user} heeft deze rol al op dit traject ({Rol(rol).label.lower()}).")
        elif user and rol == Rol.EXPERT and not ExpertProfiel.objects.filter(user=user, actief=True).exists():
            self.add_error("user", "Deze persoon staat niet (meer) in de expertpool; kies een expert uit de pool.")
        return data


class BetrokkeneForm(forms.ModelForm):
    class Meta:
        model = Betrokkene
        fields = ["naam", "organisatie", "functie", "perspectief", "intern", "email", "telefoon"]
        help_texts = {"intern": "Aanvinken als deze persoon bij de gemeente zelf werkt."}


class BijeenkomstForm(forms.ModelForm):
    class Meta:
        model = Bijeenkomst
        fields = ["soort", "begin", "eind", "plaats", "agenda", "verslag", "betrokkenen", "deelnemers"]
        widgets = {
            "begin": _DATUMTIJD,
            "eind": _DATUMTIJD,
            "agenda": forms.Textarea(attrs={"rows": 5}),
            "verslag": forms.Textarea(attrs={"rows": 8}),
            "betrokkenen": forms.CheckboxSelectMultiple,
            "deelnemers": forms.CheckboxSelectMultiple,
        }
        field_classes = {"deelnemers": PersonenKeuze}
        help_texts = {"verslag": "Het verslag (notulen) na afloop."}

    def __init__(self, *args, traject, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["betrokkenen"].queryset = traject.betrokkenen.all()
        self.fields["deelnemers"].queryset = User.objects.filter(
            is_active=True, pk__in=traject.rollen.values("user_id")
        ).order_by("naam", "email")
        self.fields["deelnemers"].help_text = "Het expertteam en de contactpersonen van dit traject."
        for naam in ("begin", "eind"):
            self.fields[naam].input_formats = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"]
            self.fields[naam].error_messages["invalid"] = "Vul een datum en tijd in, bijvoorbeeld 14-03-2026 09:30."

    def clean(self):
        data = super().clean()
        begin, eind = data.get("begin"), data.get("eind")
        if begin and eind and eind <= begin:
            self.add_error("eind", "Het eind moet na het begin liggen.")
        return data


class VolgendeFaseForm(forms.Form):
    toelichting = forms.CharField(label="Toelichting", required=False, widget=forms.Textarea(attrs={"rows": 2}))


class BeeindigenForm(forms.Form):
    status = forms.ChoiceField(
        label="Hoe eindigt het traject?",
        choices=[(s, Status(s).label) for s in (Status.AFGEROND, Status.GESTOPT, Status.GEANNULEERD)],
        widget=forms.RadioSelect,
    )
    reden = forms.CharField(
        label="Reden of toelichting",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Verplicht bij tussentijds gestopt en geannuleerd.",
    )

    def clean(self):
        data = super().clean()
        if data.get("status") in (Status.GESTOPT, Status.GEANNULEERD) and not data.get("reden", "").strip():
            self.add_error("reden", "Geef een reden op waarom het traject eindigt.")
        return data


class ExpertProfielForm(forms.ModelForm):
    naam = forms.CharField(label="Naam", max_length=200)
    email = forms.EmailField(
        label="E-mailadres",
        help_text="Bestaat er nog geen account met dit adres, dan krijgt de expert een uitnodiging.",
    )

    class Meta:
        model = ExpertProfiel
        fields = ["organisatie", "expertise", "tags", "toelichting", "actief"]
        widgets = {"expertise": forms.CheckboxSelectMultiple, "toelichting": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["naam"].initial = self.instance.user.naam
            self.fields["email"].initial = self.instance.user.email
            self.fields["email"].disabled = True
            self.fields["email"].help_text = "Het e-mailadres wijzigt u bij Mensen."
        self.order_fields(["naam", "email"])

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        if not self.instance.pk and ExpertProfiel.objects.filter(user__email__iexact=email).exists():
            raise forms.ValidationError("Deze persoon staat al in de expertpool.")
        return email
