"""The shared form rendering (visieleren/forms.py, templates/forms/): one wording for required fields,
for every form without writing it per form."""

from django import forms
from django.core.files.uploadedfile import SimpleUploadedFile

from visieleren.forms import DatumInput


class _Alles(forms.Form):
    naam = forms.CharField(label="Naam")
    datum = forms.DateField(label="Datum", widget=DatumInput())
    soort = forms.ChoiceField(label="Soort", choices=[("", "— maak een keuze —"), ("a", "A")])
    themas = forms.MultipleChoiceField(label="Thema's", choices=[("a", "A")], widget=forms.CheckboxSelectMultiple)
    bestand = forms.FileField(label="Bestand")
    akkoord = forms.BooleanField(label="Ik ga akkoord")
    eigen = forms.CharField(label="Eigen", error_messages={"required": "Vul de eigen tekst in."})


class _Gemengd(forms.Form):
    naam = forms.CharField(label="Naam")
    toelichting = forms.CharField(label="Toelichting", required=False)


def test_elk_leeg_verplicht_veld_krijgt_de_melding_van_zijn_soort():
    form = _Alles(data={})
    assert not form.is_valid()
    assert form.errors == {
        "naam": ["Vul dit veld in."],
        "datum": ["Vul dit veld in."],
        "soort": ["Kies een van de mogelijkheden."],
        "themas": ["Kies minstens één mogelijkheid."],
        "bestand": ["Kies een bestand."],
        "akkoord": ["Vink dit vakje aan om door te gaan."],
        "eigen": ["Vul de eigen tekst in."],  # a form's own message stays
    }


def test_de_melding_staat_onder_het_veld_en_het_veld_verwijst_ernaar():
    form = _Alles(data={"naam": ""}, files={"bestand": SimpleUploadedFile("a.txt", b"x")})
    html = str(form["naam"].as_field_group())
    assert '<div class="utrecht-form-field-error-message" id="id_naam_error"><p>Vul dit veld in.</p></div>' in html
    assert 'aria-describedby="id_naam_error"' in html


def test_verplicht_staat_er_alleen_bij_als_het_formulier_ook_open_velden_heeft():
    alles = str(_Alles())
    gemengd = str(_Gemengd())
    assert "(verplicht)" not in alles
    assert gemengd.count("(verplicht)") == 1
    assert 'for="id_naam">Naam <span class="verplicht">(verplicht)</span>' in gemengd
    assert 'for="id_toelichting">Toelichting</label>' in gemengd
