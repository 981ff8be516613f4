"""The one place that says where a deelnemer's perspective is read.

The perspective is the snapshot on the deelnemer, taken with its pseudonym: a later edit of the
betrokkene on the stakeholder map does not move quotes to another perspective. Every read in this app
goes through these helpers.
"""

DEELNEMER_PERSPECTIEF = "perspectief"


def perspectief_pad(naar_deelnemer: str) -> str:
    """The ORM lookup of the perspective, from a model whose path to the deelnemer is ``naar_deelnemer``
    (``"citaat__spreker"`` from a Tagging, ``"spreker"`` from a Citaat, ``""`` from a Deelnemer)."""
    return f"{naar_deelnemer}__{DEELNEMER_PERSPECTIEF}" if naar_deelnemer else DEELNEMER_PERSPECTIEF


def perspectief_van(deelnemer) -> str:
    """The perspective of one loaded deelnemer (select_related the path of ``perspectief_pad``)."""
    obj = deelnemer
    for deel in DEELNEMER_PERSPECTIEF.split("__"):
        obj = getattr(obj, deel)
    return obj
