from django import template

from visieleren import permissions

register = template.Library()


@register.simple_tag(takes_context=True)
def mag(context, actie, traject=None):
    """``{% mag "traject.bewerken" traject as kan_bewerken %}``: the permission module in a template."""
    request = context.get("request")
    return permissions.mag(getattr(request, "user", None), actie, traject)
