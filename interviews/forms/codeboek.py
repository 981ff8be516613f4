"""Forms of the codebook, tagging, review and memos; Dutch error messages."""

from django import forms
from django.core.validators import RegexValidator

from interviews.models import Beoordeling, Code
from interviews.selectors.codeboek import codes_zichtbaar, gegroepeerde_keuzes, interviews_van, taggers_van
from interviews.services.codeboek import code_naam_bezet, groep_bij_ouder, naam_bezet_melding
from trajecten.models import Perspectief
from visieleren.forms import persoon_label

_kleur = RegexValidator(r"^#[0-9a-fA-F]{6}$", "Geef een kleur als #rrggbb, bijvoorbeeld #1f6f8b.")


class _ObjectKeuzeVeld(forms.TypedChoiceField):
    """A select of objects (codes, interviews, people) by pk; cleans to the object itself."""

    def __init__(self, *, objecten, **kwargs):
        self.objecten = {o.pk: o for o in objecten}
        super().__init__(coerce=lambda waarde: self.objecten[int(waarde)], empty_value=None, **kwargs)

    def valid_value(self, value):
        try:
            return int(value) in self.objecten
        except (TypeError, ValueError):
            return False


class CodeForm(forms.ModelForm):
    """Add or edit a code. ``ouder`` offers the codes that may be its parent."""

    groep = forms.ChoiceField(
        label="Groep",
        choices=[(g.value, g.label) for g in Code.Groep if g != Code.Groep.TRAJECT],
        error_messages={"required": "Kies een groep."},
    )
    kleur = forms.CharField(
        label="Kleur",
        validators=[_kleur],
        initial="#4b5563",
        help_text="Hexadecimaal, bijvoorbeeld #1f6f8b.",
        widget=forms.TextInput(attrs={"type": "color"}),
    )

    class Meta:
        model = Code
        fields = ["groep", "naam", "beschrijving", "kleur", "voorbeeld", "ouder"]
        labels = {"naam": "Naam", "beschrijving": "Beschrijving", "voorbeeld": "Voorbeeld", "ouder": "Valt onder"}
        help_texts = {"voorbeeld": "Een typisch citaat bij deze code.", "ouder": "Laat leeg voor een hoofdcode."}
        error_messages = {"naam": {"required": "Vul de naam van de code in."}}
        widgets = {"beschrijving": forms.Textarea(attrs={"rows": 3}), "voorbeeld": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, ouders=None, met_groep=True, traject=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.traject = traject if traject is not None else self.instance.traject
        ouders = list(ouders if ouders is not None else Code.objects.filter(traject=None))
        if self.instance.pk:
            ouders = [c for c in ouders if c.pk != self.instance.pk]
        self.fields["ouder"] = _ObjectKeuzeVeld(
            objecten=ouders,
            choices=[("", "(geen: hoofdcode)"), *gegroepeerde_keuzes(ouders)],
            required=False,
            label="Valt onder",
            help_text="Laat leeg voor een hoofdcode.",
        )
        if not met_groep:
            del self.fields["groep"]

    def clean(self):
        """A shared subcode is in its parent's group; a name is unique per (groep, ouder, traject)."""
        data = super().clean()
        # Checked here with a message that names the place; the model's constraint validation would
        # repeat it without a field, and cannot see the traject of a new traject code.
        self._validate_unique = False
        ouder, naam = data.get("ouder"), (data.get("naam") or "").strip()
        groep = data.get("groep") or self.instance.groep or Code.Groep.TRAJECT
        if ouder is not None and self.traject is None and ouder.groep != groep:
            self.add_error(
                "ouder",
                f"Een subcode hoort in dezelfde groep als de code waar ze onder valt: “{ouder.naam}” is "
                f"{ouder.get_groep_display().lower()}. Kies een code uit de groep {Code.Groep(groep).label.lower()}.",
            )
        elif naam:
            groep = groep_bij_ouder(groep=groep, ouder=ouder, traject=self.traject)
            if code_naam_bezet(naam=naam, groep=groep, ouder=ouder, traject=self.traject, behalve=self.instance):
                self.add_error("naam", naam_bezet_melding(ouder))
        return data


class SamenvoegenForm(forms.Form):
    doel = forms.Field(label="Samenvoegen met")

    def __init__(self, *args, bron: Code, doelen, **kwargs):
        super().__init__(*args, **kwargs)
        doelen = [c for c in doelen if c.pk != bron.pk]
        self.fields["doel"] = _ObjectKeuzeVeld(
            objecten=doelen,
            choices=[("", "Kies een code"), *gegroepeerde_keuzes(doelen)],
            label="Samenvoegen met",
            help_text=(
                "De taggings, beoordelingen, memo's en subcodes gaan naar deze code; deze code wordt uitgefaseerd."
            ),
            error_messages={"required": "Kies de code waarmee u wilt samenvoegen."},
        )


class TagForm(forms.Form):
    """One code to add to a quote, chosen from the active codes of this traject (``codes``)."""

    def __init__(self, *args, codes, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["code"] = _ObjectKeuzeVeld(
            objecten=codes,
            choices=[("", "Kies een code"), *gegroepeerde_keuzes(codes)],
            label="Code",
            error_messages={"required": "Kies een code.", "invalid_choice": "Deze code kan hier niet worden gebruikt."},
        )


INTERVIEWS_IN_FILTER = 200


def interview_filterveld(traject, gevraagd, *, ouder: str = "") -> _ObjectKeuzeVeld:
    """The interview filter of the quote list and the synthesis: the ``INTERVIEWS_IN_FILTER`` newest
    interviews, plus the one asked for (``gevraagd``, from the URL) when it is older. A select of 10,000
    interviews was most of a large traject's page. ``ouder``: what the help text says about older ones."""
    interviews = list(interviews_van(traject)[: INTERVIEWS_IN_FILTER + 1])
    ingekort = len(interviews) > INTERVIEWS_IN_FILTER
    interviews = interviews[:INTERVIEWS_IN_FILTER]
    gevraagd = str(gevraagd or "")
    if gevraagd.isdigit() and int(gevraagd) not in {i.pk for i in interviews}:
        interviews += list(interviews_van(traject).filter(pk=int(gevraagd)))  # an older one, from its page
    return _ObjectKeuzeVeld(
        objecten=interviews,
        choices=[("", "Alle interviews"), *((i.pk, str(i)) for i in interviews)],
        required=False,
        label="Interview",
        help_text=f"De {INTERVIEWS_IN_FILTER} nieuwste interviews. {ouder}".strip() if ingekort else "",
    )


class CitaatFilterForm(forms.Form):
    q = forms.CharField(label="Zoeken in citaten", required=False)
    code = forms.Field(label="Code (met subcodes)", required=False)
    soort = forms.Field(label="Soort", required=False)
    perspectief = forms.ChoiceField(
        label="Perspectief", required=False, choices=[("", "Alle perspectieven"), *Perspectief.choices]
    )
    interview = forms.Field(label="Interview", required=False)
    getagd_door = forms.Field(label="Getagd door", required=False)
    ongetagd = forms.BooleanField(label="Alleen ongetagde citaten", required=False)

    def __init__(self, *args, traject, **kwargs):
        super().__init__(*args, **kwargs)
        codes = list(codes_zichtbaar(None, traject))
        self.tagbare_codes = [c for c in codes if c.actief]  # what selectors.codeboek.tagbare_codes gives
        self.fields["code"] = _ObjectKeuzeVeld(
            objecten=codes,
            choices=[("", "Alle codes"), *gegroepeerde_keuzes(codes)],
            required=False,
            label="Code (met subcodes)",
        )
        soorten = [c for c in codes if c.groep == Code.Groep.SOORT]
        self.fields["soort"] = _ObjectKeuzeVeld(
            objecten=soorten,
            choices=[("", "Alle soorten"), *((c.pk, c.naam) for c in soorten)],
            required=False,
            label="Soort",
        )
        self.fields["interview"] = interview_filterveld(
            traject,
            self.data.get("interview"),
            ouder="De citaten van een ouder interview opent u op de pagina van dat interview.",
        )
        taggers = list(taggers_van(traject, ook=self.data.get("getagd_door")))
        self.fields["getagd_door"] = _ObjectKeuzeVeld(
            objecten=taggers,
            choices=[("", "Iedereen"), *((u.pk, persoon_label(u, met_email=False)) for u in taggers)],
            required=False,
            label="Getagd door",
        )


class MemoForm(forms.Form):
    tekst = forms.CharField(
        label="Memo",
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=5000,
        error_messages={"required": "Vul de tekst van de memo in.", "max_length": "Een memo is hoogstens 5000 tekens."},
    )

    def __init__(self, *args, trajecten=None, team: bool = False, **kwargs):
        """``trajecten``: for a memo on a shared code, the trajecten it may be written from. With one
        there is nothing to choose; the team may also write one for the team only."""
        super().__init__(*args, **kwargs)
        if trajecten is not None and (team or trajecten.count() > 1):
            self.fields["traject"] = forms.ModelChoiceField(
                queryset=trajecten,
                required=not team,
                label="Geschreven vanuit traject",
                empty_label="Geen: alleen voor het visieleerteam" if team else "Kies een traject",
                help_text="Alleen wie een rol heeft op dit traject (en het team) leest deze memo; namen uit dat "
                "traject worden vervangen door schuilnamen.",
                error_messages={"required": "Kies het traject waarover deze memo gaat."},
            )


class BeoordelingForm(forms.Form):
    """Agree or disagree with each code the first coder gave, and add codes they missed."""

    def __init__(self, *args, codes_eerste_codeur, toe_te_voegen, bestaand=None, **kwargs):
        super().__init__(*args, **kwargs)
        bestaand = bestaand or {}
        self.codes_eerste_codeur = list(codes_eerste_codeur)
        for code in self.codes_eerste_codeur:
            self.fields[f"oordeel_{code.pk}"] = forms.ChoiceField(
                label=str(code),
                choices=[(Beoordeling.Oordeel.EENS, "Eens"), (Beoordeling.Oordeel.ONEENS, "Oneens")],
                widget=forms.RadioSelect,
                initial=bestaand.get(code.pk),
                error_messages={"required": f"Kies eens of oneens voor {code}."},
            )
        self.fields["toevoegen"] = _ObjectKeuzeVeld(
            objecten=toe_te_voegen,
            choices=[("", "Geen code toevoegen"), *gegroepeerde_keuzes(toe_te_voegen)],
            required=False,
            label="Code toevoegen die de eerste codeur miste",
        )

    def oordelen(self) -> dict:
        return {code: self.cleaned_data[f"oordeel_{code.pk}"] for code in self.codes_eerste_codeur}
