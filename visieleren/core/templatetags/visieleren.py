from django import template

from visieleren import permissions
from visieleren.core import taal

register = template.Library()


@register.simple_tag(takes_context=True)
def mag(context, actie, traject=None):
    """``{% mag "traject.bewerken" traject as kan_bewerken %}``: the permission module in a template."""
    request = context.get("request")
    return permissions.mag(getattr(request, "user", None), actie, traject)


@register.filter(name="aantal")
def aantal_filter(n, vormen):
    """``{{ n|aantal:"citaat,citaten" }}`` → "1 citaat" / "3 citaten" (``visieleren.core.taal``)."""
    return taal.aantal(int(n or 0), vormen)


@register.filter(name="persoon")
def persoon_filter(user):
    """``{{ user|persoon }}`` → "Anna de Vries — Gemeente Ede" (``visieleren.forms.persoon_label``,
    without the e-mail address: pages with this filter are read outside the team too)."""
    from visieleren.forms import persoon_label

    return persoon_label(user, met_email=False) if user else ""
