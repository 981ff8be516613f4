"""One accessible way to render every form: NL Design System (Utrecht) markup, Dutch errors.

Django 5.2 already links hint and error to the input with ``aria-describedby``
(``<id>_helptext`` / ``<id>_error``); the templates in ``templates/forms/`` use those ids, and the
bound field below gives each widget its Utrecht class.

One wording for required fields, for every form at once (the bound field is made before the form
validates): a field without its own message gets "Vul dit veld in." (text), "Kies …" (a choice or
a file) or "Vink dit vakje aan om door te gaan." (a checkbox), never Django's "Dit veld is
verplicht."; a form's own message follows the same pattern (tests/test_tekst_paginas.py). The label
says "(verplicht)" only where a form mixes required and optional fields.
"""

from django import forms
from django.forms.boundfield import BoundField
from django.forms.renderers import TemplatesSetting
from django.forms.widgets import Input

_WIDGET_CLASSES = {
    forms.Textarea: "utrecht-textarea",
    forms.Select: "utrecht-select utrecht-select--html-select",
    forms.SelectMultiple: "utrecht-select utrecht-select--html-select",
    forms.CheckboxInput: "utrecht-checkbox utrecht-checkbox--html-input",
    forms.CheckboxSelectMultiple: "",
    forms.RadioSelect: "",
    forms.FileInput: "utrecht-file-input",
    Input: "utrecht-textbox utrecht-textbox--html-input",
}


def _widget_class(widget: forms.Widget) -> str:
    for widget_type, css in _WIDGET_CLASSES.items():
        if isinstance(widget, widget_type):
            return css
    return ""


class DatumInput(forms.DateInput):
    """The browser's date picker; the value as ISO date, which is what ``<input type="date">`` reads."""

    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


LEGE_KEUZE = "— maak een keuze —"


def persoon_label(user, *, met_email: bool = True) -> str:
    """How a person reads in every list of people: "Anna de Vries — Gemeente Ede", so namesakes differ.

    The organisation of the expert pool first (an expert's own bureau), then the account's; without an
    organisation the e-mail address; without a name only the address. ``met_email=False`` (filters and
    pages that people outside the team read, the template filter ``|persoon``): a name without an
    organisation stays a name alone."""
    if not user.naam:
        return user.email
    profiel = getattr(user, "expertprofiel", None)  # no query when the queryset selected it
    organisatie = (profiel.organisatie if profiel is not None else "") or user.organisatie
    if organisatie:
        return f"{user.naam} — {organisatie}"
    return f"{user.naam} — {user.email}" if met_email else user.naam


class _Personen:
    """Options labelled by ``persoon_label``; the expert profile comes with the same query."""

    def label_from_instance(self, obj):
        return persoon_label(obj)

    def _set_queryset(self, queryset):
        if queryset is not None:
            queryset = queryset.select_related("expertprofiel")
        super()._set_queryset(queryset)

    queryset = property(forms.ModelChoiceField._get_queryset, _set_queryset)


class PersoonKeuze(_Personen, forms.ModelChoiceField):
    """Choose one person (a moderator, a member of the expertteam)."""


class PersonenKeuze(_Personen, forms.ModelMultipleChoiceField):
    """Choose several people (the deelnemers of a bijeenkomst)."""


def _benoem_lege_keuze(field: forms.Field) -> None:
    """Django's unlabelled empty choice ("---------") reads as a line to a screen reader: name it."""
    if isinstance(field, forms.ModelChoiceField):
        if field.empty_label == "---------":
            field.empty_label = LEGE_KEUZE
    elif isinstance(field, forms.ChoiceField) and not isinstance(field, forms.MultipleChoiceField):
        keuzes = list(field.choices)
        if keuzes and keuzes[0] == ("", "---------"):
            field.choices = [("", LEGE_KEUZE), *keuzes[1:]]


_DJANGO_VERPLICHT = forms.Field.default_error_messages["required"]


def verplicht_melding(field: forms.Field) -> str:
    """The convention's message for an empty required field of this kind."""
    if isinstance(field, forms.BooleanField):
        return "Vink dit vakje aan om door te gaan."
    if isinstance(field, forms.FileField):
        return "Kies een bestand."
    if isinstance(field, forms.MultipleChoiceField | forms.ModelMultipleChoiceField):
        return "Kies minstens één mogelijkheid."
    if isinstance(field, forms.ChoiceField | forms.ModelChoiceField):
        return "Kies een van de mogelijkheden."
    return "Vul dit veld in."


def _verplicht_in_eigen_woorden(field: forms.Field) -> None:
    if str(field.error_messages.get("required", "")) == str(_DJANGO_VERPLICHT):
        field.error_messages["required"] = verplicht_melding(field)


class UtrechtBoundField(BoundField):
    def __init__(self, form, field, name):
        _benoem_lege_keuze(field)
        _verplicht_in_eigen_woorden(field)
        super().__init__(form, field, name)

    @property
    def verplicht_tonen(self) -> bool:
        """ "(verplicht)" only where the form also has optional fields: in a form where every field is
        required the mark says nothing (the input still carries ``required`` for assistive tech)."""
        if not self.field.required:
            return False
        gemengd = getattr(self.form, "_velden_gemengd", None)
        if gemengd is None:
            gemengd = any(not f.required for f in self.form.fields.values() if not f.widget.is_hidden)
            self.form._velden_gemengd = gemengd
        return gemengd

    def build_widget_attrs(self, attrs, widget=None):
        attrs = super().build_widget_attrs(attrs, widget)
        css = _widget_class(widget or self.field.widget)
        if css:
            invalid = " utrecht-textbox--invalid" if self.errors and "textbox" in css else ""
            attrs["class"] = " ".join(filter(None, [attrs.get("class", ""), css + invalid]))
        return attrs

    @property
    def is_checkbox(self) -> bool:
        return isinstance(self.field.widget, forms.CheckboxInput)


class UtrechtFormRenderer(TemplatesSetting):
    form_template_name = "forms/form.html"
    field_template_name = "forms/field.html"
    bound_field_class = UtrechtBoundField
