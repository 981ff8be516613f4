"""`make bench`: response times and query counts of the busiest pages, on generated data.

Numbers, not pass/fail: run it before and after a change that touches a list page or a selector.
Uses a throw-away test database (SQLite by default, PostgreSQL with DATABASE_URL).
Sizes: BENCH_TRAJECTEN (default 200), BENCH_CITATEN (quotes in one traject, default 2000),
BENCH_HERHALINGEN (requests per page, default 25).
"""

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "visieleren.settings.test")

import warnings  # noqa: E402

import django  # noqa: E402

warnings.filterwarnings("ignore", "No directory at", UserWarning)  # static files are not collected here
django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402

TRAJECTEN = int(os.environ.get("BENCH_TRAJECTEN", 200))
CITATEN = int(os.environ.get("BENCH_CITATEN", 2000))
HERHALINGEN = int(os.environ.get("BENCH_HERHALINGEN", 25))


def _data():
    from interviews.models import Citaat, Code, Tagging
    from tests.factories import InterviewFactory, TeamFactory, TrajectFactory, UserFactory, met_rol
    from trajecten.models import Beleidsthema

    team = TeamFactory()
    expert = UserFactory()
    thema = Beleidsthema.objects.get(slug="toegang")
    trajecten = [TrajectFactory() for _ in range(TRAJECTEN)]
    for traject in trajecten:
        traject.beleidsthemas.add(thema)
    for traject in trajecten[:50]:
        met_rol(traject, "expert", user=expert)
    groot = trajecten[0]
    zinnen = [
        "De wachttijd voor een keukentafelgesprek is te lang.",
        "Inwoners weten niet waar ze met hun vraag terecht kunnen.",
        "Het wijkteam heeft te weinig ruimte om te doen wat nodig is.",
        "Samenwerking met de huisarts loopt goed als je elkaar kent.",
    ]
    codes = list(Code.objects.filter(ouder__isnull=True)[:6])
    per_interview = 50
    for start in range(0, CITATEN, per_interview):
        notities = "\n".join(zinnen[(start + i) % len(zinnen)] for i in range(per_interview))
        interview = InterviewFactory(traject=groot, notities=notities)
        regels, positie = notities.split("\n"), 0
        citaten = []
        for regel in regels:
            spreker, eind = interview.deelnemer_a, positie + len(regel)
            citaten.append(Citaat(interview=interview, tekst=regel, begin=positie, eind=eind, spreker=spreker))
            positie += len(regel) + 1
        Citaat.objects.bulk_create(citaten)
    Tagging.objects.bulk_create(
        Tagging(citaat=c, code=codes[i % len(codes)], door=expert)
        for i, c in enumerate(Citaat.objects.filter(interview__traject=groot))
        if i % 3
    )
    return team, expert, groot


def _rode_draden_data(groot):
    """20 vastgestelde inzichten on the big traject, each supported by 50 of its tagged quotes."""
    from interviews.models import Citaat, Code
    from ontwerp.models import Inzicht, InzichtCitaat

    hoofdthema = Code.objects.filter(groep="hoofdthema", ouder=None, traject=None).first()
    soort = Code.objects.filter(groep="soort", traject=None).first()
    citaten = list(Citaat.objects.filter(interview__traject=groot, taggings__isnull=False).values_list("pk", flat=True))
    for n in range(20):
        inzicht = Inzicht.objects.create(
            traject=groot,
            titel=f"Inzicht {n}",
            hoofdthema=hoofdthema,
            soort=soort,
            stap="expertteam",
            status="vastgesteld",
        )
        InzichtCitaat.objects.bulk_create(
            InzichtCitaat(inzicht=inzicht, citaat_id=pk) for pk in citaten[n * 50 : (n + 1) * 50]
        )


def _meet(client, url, **params):
    tijden, queries = [], 0
    for _ in range(HERHALINGEN):
        with CaptureQueriesContext(connection) as ctx:
            begin = time.perf_counter()
            response = client.get(url, params)
            tijden.append((time.perf_counter() - begin) * 1000)
        assert response.status_code == 200, (url, response.status_code)
        queries = len(ctx.captured_queries)
    tijden.sort()
    return statistics.median(tijden), tijden[int(len(tijden) * 0.95) - 1], queries


def _alle_trajecten():
    from trajecten.models import Traject

    return list(Traject.objects.values_list("pk", flat=True))


def main():
    setup_test_environment()
    oude_naam = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        begin = time.perf_counter()
        team, expert, groot = _data()
        _rode_draden_data(groot)
        opbouw = time.perf_counter() - begin
        team_client, expert_client = Client(), Client()
        team_client.force_login(team)
        expert_client.force_login(expert)
        metingen = [
            ("overzicht /trajecten/ (team)", team_client, "/trajecten/", {}),
            ("overzicht gefilterd + zoeken", team_client, "/trajecten/", {"status": "lopend", "q": "Traject 1"}),
            ("mijn trajecten (expert, 50)", expert_client, "/mijn-trajecten/", {}),
            ("citaten, pagina 1", expert_client, f"/trajecten/{groot.pk}/citaten/", {}),
            ("citaten, pagina 10", expert_client, f"/trajecten/{groot.pk}/citaten/", {"page": 10}),
            ("citaten zoeken 'wachttijden'", expert_client, f"/trajecten/{groot.pk}/citaten/", {"q": "wachttijden"}),
            ("citaten alleen ongetagd", expert_client, f"/trajecten/{groot.pk}/citaten/", {"ongetagd": "on"}),
            ("rode draden, alle trajecten (team)", team_client, "/rode-draden/", {"trajecten": _alle_trajecten()}),
        ]
        print(f"Visieleren bench – {connection.vendor}, {TRAJECTEN} trajecten, {CITATEN} citaten in één traject")
        print(f"(data opgebouwd in {opbouw:.1f} s; {HERHALINGEN} verzoeken per pagina)\n")
        print(f"{'pagina':36} {'mediaan ms':>11} {'p95 ms':>8} {'queries':>8}")
        for naam, client, url, params in metingen:
            mediaan, p95, queries = _meet(client, url, **params)
            print(f"{naam:36} {mediaan:11.1f} {p95:8.1f} {queries:8d}")
    finally:
        connection.creation.destroy_test_db(oude_naam, verbosity=0)


if __name__ == "__main__":
    main()
