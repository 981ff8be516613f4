"""``{% borging_op_trajectpagina traject %}``: the Borgen block on the traject page, from this app's selectors."""

from django import template

from borging.selectors.streefwaarden import streefwaarde_list
from visieleren.permissions import Actie, mag

register = template.Library()


@register.inclusion_tag("borging/_trajectpagina.html", takes_context=True)
def borging_op_trajectpagina(context, traject):
    user = getattr(context.get("request"), "user", None)
    kan = {
        "streefwaarden": mag(user, Actie.STREEFWAARDEN_BEKIJKEN, traject),
        "streefwaarden_beheren": mag(user, Actie.STREEFWAARDEN_BEHEREN, traject),
        "borgingsessie": mag(user, Actie.BORGINGSESSIE_BEKIJKEN, traject),
        "evaluatie": mag(user, Actie.EVALUATIE_BEHEREN, traject),
        "resultaten": mag(user, Actie.EVALUATIE_RESULTATEN, traject),
        "nazorg": mag(user, Actie.NAZORG_BEKIJKEN, traject),
        "eindrapportage": mag(user, Actie.RAPPORT_DOWNLOADEN, traject),
    }
    return {
        "traject": traject,
        "kan": kan,
        "streefwaarden": streefwaarde_list(traject=traject) if kan["streefwaarden"] else [],
        "request": context.get("request"),
    }
