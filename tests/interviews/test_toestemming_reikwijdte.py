"""Consent with a scope, and the perspective snapshot of a deelnemer."""

from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from interviews.models import Deelnemer
from interviews.models.interviews import Reikwijdte
from interviews.selectors.codeboek import citaat_list
from interviews.selectors.uitvoer import citaten_voor_uitvoer
from interviews.services import interviews as services
from tests.factories import BetrokkeneFactory, CitaatFactory, InterviewFactory
from visieleren.core.models import AuditLog

pytestmark = pytest.mark.django_db

GISTEREN = date.today() - timedelta(days=1)


def _vrijgegeven_citaat(traject, **deelnemer):
    interview = InterviewFactory(traject=traject, **{f"deelnemer_a__{k}": v for k, v in deelnemer.items()})
    return CitaatFactory(
        interview=interview, vrijgegeven=True, vrijgegeven_tekst="Tekst.", vrijgegeven_op=timezone.now()
    )


def test_nieuwe_deelnemer_krijgt_toestemming_voor_de_gekozen_reikwijdtes(team, traject):
    deelnemer = services.deelnemer_create(
        traject=traject,
        door=team,
        naam="Jan Jansen",
        perspectief="inwoner",
        toestemming_op=GISTEREN,
        reikwijdtes=[Reikwijdte.TRAJECT, Reikwijdte.EINDRAPPORTAGE],
    )
    assert deelnemer.toestemming_voor(Reikwijdte.TRAJECT) == GISTEREN
    assert deelnemer.toestemming_voor(Reikwijdte.EINDRAPPORTAGE) == GISTEREN
    assert deelnemer.toestemming_voor(Reikwijdte.LANDELIJK) is None


def test_uitvoer_respecteert_de_reikwijdte(traject, team):
    citaat = _vrijgegeven_citaat(traject)
    deelnemer = citaat.spreker
    for reikwijdte in Reikwijdte.values:
        assert list(citaten_voor_uitvoer(traject=traject, reikwijdte=reikwijdte)) == [citaat]

    services.deelnemer_reikwijdte_intrekken(
        deelnemer=deelnemer, reikwijdte=Reikwijdte.LANDELIJK, op=date.today(), door=team
    )

    assert list(citaten_voor_uitvoer(traject=None, reikwijdte=Reikwijdte.LANDELIJK)) == []
    assert list(citaten_voor_uitvoer(traject=traject, reikwijdte=Reikwijdte.EINDRAPPORTAGE)) == [citaat]
    assert AuditLog.objects.filter(
        actie="toestemming ingetrokken: in het landelijke rode-dradenrapport", actor=team
    ).exists()
    with pytest.raises(services.InterviewFout):
        services.deelnemer_reikwijdte_intrekken(
            deelnemer=deelnemer, reikwijdte=Reikwijdte.LANDELIJK, op=date.today(), door=team
        )


def test_ingetrokken_toestemming_sluit_elke_reikwijdte_uit(traject):
    citaat = _vrijgegeven_citaat(traject)
    Deelnemer.objects.filter(pk=citaat.spreker_id).update(toestemming_ingetrokken_op=date.today())
    assert not citaten_voor_uitvoer(traject=traject, reikwijdte=Reikwijdte.TRAJECT).exists()


def test_uitvoer_leest_alleen_vrijgegeven_citaten(traject):
    citaat = CitaatFactory(interview=InterviewFactory(traject=traject))
    assert not citaten_voor_uitvoer(traject=traject, reikwijdte=Reikwijdte.TRAJECT).exists()
    assert list(citaten_voor_uitvoer(traject=traject, reikwijdte=Reikwijdte.TRAJECT, alleen_vrijgegeven=False)) == [
        citaat
    ]


def test_team_trekt_een_reikwijdte_in_op_de_deelnemerpagina(client, team, traject):
    citaat = _vrijgegeven_citaat(traject)
    deelnemer = citaat.spreker
    client.force_login(team)
    pagina = client.get(reverse("interviews:deelnemer", args=[traject.pk, deelnemer.pk])).content.decode()
    assert "Toestemming voor één gebruik intrekken" in pagina
    url = reverse("interviews:deelnemer_reikwijdte", args=[traject.pk, deelnemer.pk])

    response = client.post(url, {"reikwijdte": "eindrapportage", "ingetrokken_op": date.today().isoformat()})

    assert response.status_code == 302
    deelnemer.refresh_from_db()
    assert deelnemer.toestemming_eindrapportage_op is None
    assert deelnemer.toestemming_traject_op is not None
    assert deelnemer.citaten.count() == 1  # the quotes stay
    response = client.post(url, {"reikwijdte": "eindrapportage", "ingetrokken_op": date.today().isoformat()})
    assert response.status_code == 400
    assert "Voor dit gebruik was geen toestemming gegeven." in response.content.decode()


def test_toestemming_opnieuw_vastleggen_met_minder_reikwijdtes(client, team, traject):
    deelnemer = _vrijgegeven_citaat(traject).spreker
    client.force_login(team)
    response = client.post(
        reverse("interviews:deelnemer", args=[traject.pk, deelnemer.pk]),
        {"toestemming_op": GISTEREN.isoformat(), "reikwijdtes": ["traject"]},
    )
    assert response.status_code == 302
    deelnemer.refresh_from_db()
    assert [datum is not None for _, _, datum in deelnemer.reikwijdtes] == [True, False, False]


def test_perspectief_blijft_bij_de_schuilnaam_als_de_betrokkene_wijzigt(team, traject):
    betrokkene = BetrokkeneFactory(traject=traject, perspectief="uitvoering")
    deelnemer = services.deelnemer_create(traject=traject, betrokkene=betrokkene, door=team, toestemming_op=GISTEREN)
    citaat = CitaatFactory(interview=InterviewFactory(traject=traject, deelnemer_a=deelnemer))
    assert deelnemer.perspectief == "uitvoering"

    betrokkene.perspectief = "bestuur"
    betrokkene.save()

    deelnemer.refresh_from_db()
    assert deelnemer.perspectief == "uitvoering"
    assert list(citaat_list(traject=traject, filters={"perspectief": "uitvoering"})) == [citaat]
    assert not citaat_list(traject=traject, filters={"perspectief": "bestuur"}).exists()


def test_deelnemerpagina_zegt_dat_het_perspectief_vastligt(client, team, traject):
    betrokkene = BetrokkeneFactory(traject=traject, perspectief="uitvoering")
    deelnemer = services.deelnemer_create(traject=traject, betrokkene=betrokkene, door=team)
    betrokkene.perspectief = "bestuur"
    betrokkene.save()
    client.force_login(team)
    html = client.get(reverse("interviews:deelnemer", args=[traject.pk, deelnemer.pk])).content.decode()
    assert "citaten houden het perspectief van bij de schuilnaam" in html


def test_deelnemerpagina_vinkt_de_gegeven_reikwijdtes_aan(client, team, traject):
    deelnemer = _vrijgegeven_citaat(traject).spreker
    Deelnemer.objects.filter(pk=deelnemer.pk).update(toestemming_landelijk_op=None)
    client.force_login(team)
    form = client.get(reverse("interviews:deelnemer", args=[traject.pk, deelnemer.pk])).context["form"]
    assert form.initial["reikwijdtes"] == ["traject", "eindrapportage"]

    Deelnemer.objects.filter(pk=deelnemer.pk).update(toestemming_traject_op=None, toestemming_eindrapportage_op=None)
    form = client.get(reverse("interviews:deelnemer", args=[traject.pk, deelnemer.pk])).context["form"]
    assert form["reikwijdtes"].value() == list(Reikwijdte.values)  # none given yet: all offered
