"""One helper for Dutch counts: "1 citaat", "3 citaten", never a hand-made ending ("citaaten")."""


def aantal(n: int, vormen: str) -> str:
    """``aantal(3, "citaat,citaten")`` → "3 citaten"; the template filter ``|aantal`` does the same."""
    enkelvoud, meervoud = vormen.split(",")
    return f"{n} {enkelvoud if n == 1 else meervoud}"
