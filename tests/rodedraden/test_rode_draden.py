"""The rode draden across trajecten: counts against a hand-built fixture (see conftest ``drie``),
consent scope, names, the traject named only when chosen, Tabel 1 order, and a constant query count."""

import pytest
from django.urls import reverse

from rodedraden.models import Reflectie
from rodedraden.selectors.rapport import rode_draden
from tests.factories import TrajectFactory, UserFactory, met_rol
from trajecten.models import Rol

pytestmark = pytest.mark.django_db


def _groep(inhoud, hoofdthema, soort, code):
    h = next(h for h in inhoud["hoofdthemas"] if h["naam"] == hoofdthema)
    s = next(s for s in h["soorten"] if s["naam"] == soort)
    return next(g for g in s["groepen"] if g["code"] == code)


def _ids(drie):
    return [t.pk for t in drie["trajecten"]]


def test_inzichten_worden_geteld_per_code_over_trajecten(drie):
    inhoud = rode_draden(traject_ids=_ids(drie))
    basis = _groep(inhoud, "Rust en regie", "Dilemma/uitdaging", "Rust en regie > Basis op orde")
    # Alfa's "Wachtlijsten", Beta's "Te veel projecten" (its own code hangs under Basis op orde) and
    # Gamma's "Wankele basis"; the concept inzicht of Beta does not count.
    assert basis["aantal_trajecten"] == 3
    assert sorted(i["titel"] for i in basis["inzichten"]) == ["Te veel projecten", "Wachtlijsten", "Wankele basis"]
    assert basis["aantal_citaten"] == 5
    assert basis["perspectieven"] == [
        {"naam": "Bestuur", "aantal": 1},
        {"naam": "Beleid", "aantal": 1},
        {"naam": "Uitvoering", "aantal": 2},
        {"naam": "Inwoner / ervaringsdeskundige", "aantal": 1},
    ]
    werkdruk = _groep(inhoud, "Rust en regie", "Dilemma/uitdaging", "Rust en regie > Werkdruk")
    assert (werkdruk["aantal_trajecten"], werkdruk["aantal_inzichten"]) == (1, 1)
    assert inhoud["aantal_trajecten"] == 3


def test_inzicht_zonder_subcode_staat_onder_het_hoofdthema_zelf(drie):
    inhoud = rode_draden(traject_ids=_ids(drie))
    groep = _groep(inhoud, "Inwoner centraal", "Werkzaam element", "Inwoner centraal (algemeen)")
    assert groep["aantal_trajecten"] == 1
    # Only Beleid G's quote: Inwoner G gave no consent for the landelijk rapport.
    assert groep["perspectieven"] == [{"naam": "Beleid", "aantal": 1}]


def test_citaat_zonder_landelijke_toestemming_komt_nergens_voor(client, team, drie):
    client.force_login(team)
    ids = _ids(drie)
    pagina = client.get(reverse("rodedraden:rapport"), {"trajecten": ids, "genoemd": ids}).content.decode()
    assert "GEHEIM" not in pagina
    assert "Samen met inwoners ontwerpen." in pagina
    inhoud = rode_draden(traject_ids=ids)
    regie = next(u for u in inhoud["uitgangspunten"] if u["naam"] == "Regie en zeggenschap")
    assert (regie["citaten"], regie["trajecten"]) == (2, 2)  # Alfa and Beta; not Gamma's quote


def test_alleen_vrijgegeven_tekst_en_nooit_een_naam(client, team, drie):
    client.force_login(team)
    ids = _ids(drie)
    pagina = client.get(reverse("rodedraden:rapport"), {"trajecten": ids}).content.decode()
    assert "VRIJ Ik wacht al maanden." in pagina
    assert "NIETVRIJ" not in pagina  # counted, but not released: its text never shows
    for naam in ("Jan Jansen", "Uitvoering A", "Inwoner A", "Bestuur B", "Beleid G"):
        assert naam not in pagina


def test_traject_alleen_bij_naam_als_het_team_dat_kiest(drie):
    ids = _ids(drie)
    anoniem = rode_draden(traject_ids=ids)
    basis = _groep(anoniem, "Rust en regie", "Dilemma/uitdaging", "Rust en regie > Basis op orde")
    assert {i["traject"] for i in basis["inzichten"]} == {None}
    assert {c["traject"] for c in basis["citaten"]} == {None}
    genoemd = rode_draden(traject_ids=ids, genoemd_ids=[drie["alfa"].pk])
    basis = _groep(genoemd, "Rust en regie", "Dilemma/uitdaging", "Rust en regie > Basis op orde")
    assert {i["titel"]: i["traject"] for i in basis["inzichten"]} == {
        "Wachtlijsten": "Alfa",
        "Te veel projecten": None,
        "Wankele basis": None,
    }


def test_naam_tonen_op_de_pagina(client, team, drie):
    client.force_login(team)
    ids = _ids(drie)
    zonder = client.get(reverse("rodedraden:rapport"), {"trajecten": ids}).content.decode()
    assert "(Alfa)" not in zonder and "(een traject)" in zonder
    met = client.get(reverse("rodedraden:rapport"), {"trajecten": ids, "genoemd": [drie["alfa"].pk]}).content.decode()
    assert "(Alfa)" in met


def test_standaard_alle_afgeronde_trajecten_in_tabel1_volgorde(client, team, drie):
    TrajectFactory(titel="Loopt nog", status="lopend")
    TrajectFactory(titel="Hoorn", status="afgerond", vraagstuk="Integraal werken")
    TrajectFactory(titel="Schouwen-Duiveland (pilot)", status="afgerond", vraagstuk="Gebiedsgericht")
    client.force_login(team)
    inhoud = client.get(reverse("rodedraden:rapport")).context["inhoud"]
    titels = [t["titel"] for t in inhoud["trajecten"]]
    assert "Loopt nog" not in titels
    assert titels[:2] == ["Schouwen-Duiveland (pilot)", "Hoorn"]  # Tabel 1 numbers 1 and 6 first
    assert set(titels[2:]) == {"Alfa", "Beta", "Gamma"}


def test_reflecties_staan_bij_hun_hoofdthema_en_tellen_voor_uitgangspunten(drie, codes):
    expert = met_rol(drie["alfa"], Rol.EXPERT, user=UserFactory(naam="Erik Expert"))
    reflectie = Reflectie.objects.create(traject=drie["alfa"], expert=expert, dilemmas="Rust ontbreekt.")
    reflectie.codes.set([codes["Basis op orde"], codes["Regie en zeggenschap"]])
    inhoud = rode_draden(traject_ids=_ids(drie))
    rust = next(h for h in inhoud["hoofdthemas"] if h["naam"] == "Rust en regie")
    assert [r["dilemmas"] for r in rust["reflecties"]] == ["Rust ontbreekt."]
    assert rust["reflecties"][0]["traject"] is None
    regie = next(u for u in inhoud["uitgangspunten"] if u["naam"] == "Regie en zeggenschap")
    assert regie["reflecties"] == 1
    assert len(inhoud["uitgangspunten"]) == 7


def test_tabel1_toont_gemeenten_status_vraagstuk_en_beleidsthemas(drie):
    rij = rode_draden(traject_ids=[drie["alfa"].pk])["trajecten"][0]
    assert rij["status"] == "Afgerond" and rij["vraagstuk"] == "Vraagstuk Alfa"
    assert rij["gemeenten"] == drie["alfa"].gemeenten_tekst


def _meer_trajecten(codes, n):
    from tests.factories import DeelnemerFactory, InterviewFactory
    from tests.rodedraden.conftest import citaat, inzicht

    for i in range(n):
        traject = TrajectFactory(titel=f"Extra {i}", status="afgerond")
        a = DeelnemerFactory(traject=traject, perspectief="uitvoering")
        b = DeelnemerFactory(traject=traject, perspectief="inwoner")
        iv = InterviewFactory(traject=traject, deelnemer_a=a, deelnemer_b=b)
        c = citaat(iv, a, f"Citaat {i}", codes["Basis op orde"], codes["Regie en zeggenschap"])
        inzicht(traject, f"Inzicht {i}", codes["Rust en regie"], codes["Dilemma/uitdaging"], [c])
        met_rol(traject, Rol.EXPERT, user=UserFactory()).reflecties.create(traject=traject, advies="Doen.")


@pytest.mark.parametrize("aantal", [3, 30])
def test_aantal_queries_hangt_niet_af_van_aantal_trajecten(client, team, codes, aantal, django_assert_max_num_queries):
    _meer_trajecten(codes, aantal)
    client.force_login(team)
    with django_assert_max_num_queries(22):
        antwoord = client.get(reverse("rodedraden:rapport"))
    assert antwoord.status_code == 200
    assert antwoord.context["inhoud"]["aantal_trajecten"] == aantal


def test_dertig_trajecten_kosten_evenveel_queries_als_drie(client, team, codes):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(team)
    _meer_trajecten(codes, 3)
    with CaptureQueriesContext(connection) as drie:
        client.get(reverse("rodedraden:rapport"))
    _meer_trajecten(codes, 27)
    with CaptureQueriesContext(connection) as dertig:
        antwoord = client.get(reverse("rodedraden:rapport"))
    assert antwoord.context["inhoud"]["aantal_trajecten"] == 30
    assert len(dertig) == len(drie)


def test_uitgangspunt_telt_zijn_subcodes_mee_en_een_citaat_eenmaal(drie, codes):
    """A quote with the uitgangspunt and one of its subcodes counts once; a subcode alone counts too."""
    from interviews.models import Tagging
    from tests.factories import CodeFactory, TaggingFactory

    regie = codes["Regie en zeggenschap"]
    eigen = CodeFactory(groep="uitgangspunt", naam="Eigen regie", ouder=regie)
    a2 = Tagging.objects.get(code=regie, citaat__interview__traject=drie["alfa"]).citaat
    TaggingFactory(citaat=a2, code=eigen)  # regie and its subcode on one quote
    g2 = Tagging.objects.filter(citaat__interview__traject=drie["gamma"]).exclude(code=regie).last().citaat
    TaggingFactory(citaat=g2, code=eigen)  # the subcode alone, on Gamma's consented quote
    inhoud = rode_draden(traject_ids=_ids(drie))
    regie_rij = next(u for u in inhoud["uitgangspunten"] if u["naam"] == "Regie en zeggenschap")
    assert (regie_rij["citaten"], regie_rij["trajecten"]) == (3, 3)


def _regie(drie):
    inhoud = rode_draden(traject_ids=_ids(drie))
    rij = next(u for u in inhoud["uitgangspunten"] if u["naam"] == "Regie en zeggenschap")
    return rij["citaten"], rij["trajecten"]


def test_uitgangspunten_komen_de_tweede_keer_uit_de_cache(drie):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as eerst:
        assert _regie(drie) == (2, 2)
    with CaptureQueriesContext(connection) as daarna:
        assert _regie(drie) == (2, 2)
    assert len(daarna) == len(eerst) - 1
    assert not any("interviews_tagging" in q["sql"] and "COUNT(DISTINCT" in q["sql"] for q in daarna)


def test_uitgangspunten_na_een_wijziging_van_tagging_spreker_of_toestemming(
    drie, codes, django_capture_on_commit_callbacks
):
    """The counts per traject are kept until a quote, tagging or deelnemer of that traject changes."""
    from interviews.models import Citaat, Deelnemer
    from tests.factories import TaggingFactory

    assert _regie(drie) == (2, 2)
    g2 = Citaat.objects.get(tekst__contains="Samen met inwoners")  # Beleid G, consented
    with django_capture_on_commit_callbacks(execute=True):
        TaggingFactory(citaat=g2, code=codes["Regie en zeggenschap"])
    assert _regie(drie) == (3, 3)
    geheim = Citaat.objects.get(tekst__contains="GEHEIM")  # Inwoner G: no landelijk consent
    with django_capture_on_commit_callbacks(execute=True):
        g2.spreker = geheim.spreker
        g2.save(update_fields=["spreker"])
    assert _regie(drie) == (2, 2)
    with django_capture_on_commit_callbacks(execute=True):
        inwoner = Deelnemer.objects.get(pk=geheim.spreker_id)
        inwoner.toestemming_landelijk_op = inwoner.toestemming_op
        inwoner.save()
    assert _regie(drie) == (4, 3)  # now both of Gamma's quotes with the uitgangspunt count
