"""Forms of the rode draden: which trajecten (and which of them named), and the team's texts."""

from django import forms

from rodedraden.selectors.rapport import trajecten_voor_keuze


class _TrajectKeuze(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.titel} ({obj.get_status_display().lower()})"


class KeuzeForm(forms.Form):
    """The trajecten to read across, and those whose name may stand beside inzichten and quotes."""

    trajecten = _TrajectKeuze(
        label="Trajecten",
        queryset=None,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": "Kies minstens één traject.", "invalid_choice": "Kies trajecten uit de lijst."},
    )
    genoemd = _TrajectKeuze(
        label="Naam tonen bij inzichten, citaten en reflecties",
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Zonder vinkje staat er alleen ‘een traject’. Kies dit alleen met instemming van de gemeente.",
        error_messages={"invalid_choice": "Kies trajecten uit de lijst."},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["trajecten"].queryset = trajecten_voor_keuze()
        self.fields["genoemd"].queryset = trajecten_voor_keuze()

    def clean(self):
        data = super().clean()
        if data.get("trajecten") is not None and data.get("genoemd"):
            gekozen = set(data["trajecten"])
            if any(t not in gekozen for t in data["genoemd"]):
                self.add_error("genoemd", "Een traject kan alleen bij naam genoemd worden als het gekozen is.")
        return data


class TekstenForm(forms.Form):
    """The title, and an inleiding and conclusie per hoofdthema (fields made from the hoofdthema names)."""

    titel = forms.CharField(
        label="Titel", max_length=200, error_messages={"required": "Vul de titel van het rapport in."}
    )

    def __init__(self, *args, hoofdthemas: list[str], genoemd_keuze, **kwargs):
        super().__init__(*args, **kwargs)
        self.hoofdthemas = hoofdthemas
        for index, naam in enumerate(hoofdthemas):
            self.fields[f"inleiding_{index}"] = forms.CharField(
                label=f"{naam}: inleiding", required=False, widget=forms.Textarea(attrs={"rows": 4})
            )
            self.fields[f"conclusie_{index}"] = forms.CharField(
                label=f"{naam}: conclusie", required=False, widget=forms.Textarea(attrs={"rows": 4})
            )
        self.fields["genoemd"] = _TrajectKeuze(
            label="Naam tonen bij inzichten, citaten en reflecties",
            queryset=genoemd_keuze,
            required=False,
            widget=forms.CheckboxSelectMultiple,
            help_text="Zonder vinkje staat er alleen ‘een traject’.",
        )

    @staticmethod
    def initial_voor(versie, hoofdthemas) -> dict:
        initial = {"titel": versie.titel, "genoemd": list(versie.trajecten_genoemd.all())}
        for index, naam in enumerate(hoofdthemas):
            tekst = versie.teksten.get(naam, {})
            initial[f"inleiding_{index}"] = tekst.get("inleiding", "")
            initial[f"conclusie_{index}"] = tekst.get("conclusie", "")
        return initial

    def teksten(self) -> dict:
        return {
            naam: {
                "inleiding": self.cleaned_data[f"inleiding_{index}"].strip(),
                "conclusie": self.cleaned_data[f"conclusie_{index}"].strip(),
            }
            for index, naam in enumerate(self.hoofdthemas)
        }
