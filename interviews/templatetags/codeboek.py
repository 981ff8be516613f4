"""Template tags of the codebook pages."""

from django import template
from django.utils.html import format_html_join

register = template.Library()


@register.simple_tag(takes_context=True)
def code_opties(context, keuzes):
    """The ``<optgroup>``s of the code select (``gegroepeerde_keuzes``), built once per request: the
    interview page shows the tag control for up to 100 quotes, and rendering the same options through
    the template for each of them doubled the page's time."""
    request = context.get("request")
    cache = request.__dict__.setdefault("_code_opties", {}) if request is not None else {}
    sleutel = tuple((groep, tuple(opties)) for groep, opties in keuzes)
    if sleutel not in cache:
        cache[sleutel] = format_html_join(
            "",
            '<optgroup label="{}">{}</optgroup>',
            ((groep, format_html_join("", '<option value="{}">{}</option>', opties)) for groep, opties in keuzes),
        )
    return cache[sleutel]
