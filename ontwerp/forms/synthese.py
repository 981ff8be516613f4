"""The filters of the synthesis matrix: interview, soort, tagged by."""

from django import forms

from interviews.forms.codeboek import _ObjectKeuzeVeld, interview_filterveld
from interviews.models import Code
from interviews.selectors.codeboek import taggers_van
from visieleren.forms import persoon_label


class SyntheseFilterForm(forms.Form):
    def __init__(self, *args, traject, **kwargs):
        super().__init__(*args, **kwargs)
        soorten = list(Code.objects.filter(groep=Code.Groep.SOORT, actief=True))
        taggers = list(taggers_van(traject))
        self.fields["interview"] = interview_filterveld(traject, self.data.get("interview"))
        self.fields["soort"] = _ObjectKeuzeVeld(
            objecten=soorten,
            choices=[("", "Alle soorten"), *[(s.pk, s.naam) for s in soorten]],
            required=False,
            label="Soort",
            help_text="Alleen citaten die ook met deze soort getagd zijn.",
        )
        self.fields["door"] = _ObjectKeuzeVeld(
            objecten=taggers,
            choices=[("", "Iedereen"), *[(u.pk, persoon_label(u, met_email=False)) for u in taggers]],
            required=False,
            label="Getagd door",
        )
