"""Dutch text helpers: counts ("1 citaat", "3 citaten", never a hand-made ending such as "citaaten")
and names compared the way a person would (``vergelijkbaar``)."""

import unicodedata


def aantal(n: int, vormen: str) -> str:
    """``aantal(3, "citaat,citaten")`` → "3 citaten"; the template filter ``|aantal`` does the same."""
    enkelvoud, meervoud = vormen.split(",")
    return f"{n} {enkelvoud if n == 1 else meervoud}"


_STREEPJES = str.maketrans({"-": " ", "‐": " ", "‑": " ", "–": " ", "—": " ", "_": " ", "’": "'", "‘": "'", "`": "'"})


def vergelijkbaar(tekst: str) -> str:
    """A name as the team would compare it: without accents, case, dashes or extra spaces.

    "Súdwest-Fryslân", "sudwest fryslan" and " SÚDWEST  FRYSLÂN " give the same text, as do
    "'s-Hertogenbosch" and "’s Hertogenbosch"; Ĳ counts as IJ (NFKD, as the name matcher of the
    interviews does).
    """
    zonder_accenten = "".join(
        teken for teken in unicodedata.normalize("NFKD", tekst or "") if not unicodedata.combining(teken)
    )
    return " ".join(zonder_accenten.translate(_STREEPJES).casefold().split())
