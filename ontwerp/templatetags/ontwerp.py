"""``{% naar_inzicht %}``: the "add to inzicht" form under a quote on pages of other apps (quote list, quote page)."""

from django import template

from ontwerp.forms.inzichten import InzichtKeuzeForm
from ontwerp.selectors.inzichten import inzicht_keuzes

register = template.Library()


@register.inclusion_tag("ontwerp/inzichten/_naar_inzicht.html", takes_context=True)
def naar_inzicht(context, traject, citaat):
    """Renders nothing for a user without inzichten to add to. One query per page, not per quote."""
    request = context["request"]
    cache = request.__dict__.setdefault("_inzicht_keuzes", {})
    if traject.pk not in cache:
        cache[traject.pk] = inzicht_keuzes(traject=traject, user=request.user)
    inzichten = cache[traject.pk]
    return {
        "traject": traject,
        "citaat": citaat,
        "form": InzichtKeuzeForm(inzichten=inzichten) if inzichten else None,
        "volgende": request.get_full_path(),
        "csrf_token": context.get("csrf_token"),
    }
