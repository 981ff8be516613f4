"""`make bench-namen`: the name matcher at national scale (no database needed).

Builds one matcher for BENCH_DEELNEMERS (default 4000) Dutch names (Faker nl_NL, fixed seed: double
surnames, tussenvoegsels, accents) plus a few other names, then pseudonymises BENCH_CITATEN quotes
(default 2000) of about 250 characters, half of them naming people in other spellings. Prints the
build time and the median and p95 time per quote. The matcher is built once per traject and cached
(interviews/privacy.py), so a page pays the per-quote time, not the build.
"""

import os
import random
import statistics
import sys
import time
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from faker import Faker  # noqa: E402

from interviews.pseudoniemen import Matcher  # noqa: E402

DEELNEMERS = int(os.environ.get("BENCH_DEELNEMERS", 4000))
CITATEN = int(os.environ.get("BENCH_CITATEN", 2000))

ZINNEN = [
    "De wachttijd voor de toegang was veel te lang en niemand belde terug.",
    "Bij het wijkteam voelde ik me eindelijk gehoord, ook al duurde het even.",
    "We hebben samen met de gemeente gekeken wat er echt nodig was.",
    "Het loket verwees me door naar een ander loket, drie keer achter elkaar.",
    "Pas toen de consulent thuis kwam, begreep ze hoe het zat.",
]


def _variant(naam: str, kans: random.Random) -> str:
    """Another spelling, as typed in a hurry."""
    delen = naam.split()
    keuze = kans.randrange(5)
    if keuze == 0:
        return delen[-1].split("-")[-1].lower()
    if keuze == 1:
        return "mevrouw " + delen[-1]
    if keuze == 2:
        return "".join(t for t in unicodedata.normalize("NFD", naam) if not unicodedata.combining(t))
    if keuze == 3:
        return delen[0].upper()
    return unicodedata.normalize("NFD", naam)


def main() -> None:
    Faker.seed(10)
    nep = Faker("nl_NL")
    namen = [(nep.name(), f"Deelnemer {i + 1}") for i in range(DEELNEMERS)]
    namen += [("Ëlla Öztürk", "Uitvoering 1"), ("Anke de Vries-Hoekstra", "Beleid 2"), ("Joke Ĳsselstein", "Inwoner 3")]
    begin = time.perf_counter()
    matcher = Matcher(namen)
    bouwen = time.perf_counter() - begin
    kans = random.Random(1)
    citaten = []
    for i in range(CITATEN):
        tekst = " ".join(kans.sample(ZINNEN, 3))
        if i % 2:
            eerste, tweede = (_variant(kans.choice(namen)[0], kans) for _ in range(2))
            tekst = f"{eerste} zei: {tekst} {tweede} knikte."
        citaten.append(tekst)
    tijden, vervangen = [], 0
    for tekst in citaten:
        begin = time.perf_counter()
        uit = matcher.vervang(tekst)
        tijden.append((time.perf_counter() - begin) * 1000)
        vervangen += uit != tekst
    tijden.sort()
    print(f"namen: {len(namen)}, varianten in de trie: {matcher.aantal_varianten}")
    print(f"citaten met een naam: {CITATEN // 2}, waarvan veranderd: {vervangen}")
    print(f"matcher bouwen (eens per traject, daarna in de cache): {bouwen * 1000:.0f} ms")
    print(
        f"per citaat (~{statistics.mean(len(c) for c in citaten):.0f} tekens): mediaan "
        f"{statistics.median(tijden):.3f} ms, p95 {tijden[int(len(tijden) * 0.95)]:.3f} ms, "
        f"max {tijden[-1]:.3f} ms"
    )


if __name__ == "__main__":
    main()
