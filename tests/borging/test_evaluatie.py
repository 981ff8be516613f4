"""The evaluation with the betrokkenen: personal single-use links, anonymous answers, reminders."""

import re
import threading
import time
from datetime import timedelta

import pytest
from django.conf import settings
from django.core import mail
from django.core.cache import cache
from django.db import connection, models
from django.forms.models import model_to_dict
from django.urls import reverse
from django.utils import timezone

from borging.models import EvaluatieAntwoord, EvaluatieUitnodiging
from borging.services.evaluatie import LinkGebruikt, evaluatie_beantwoorden, evaluatie_uitnodigen
from borging.tasks import evaluatie_herinneringen, stuur_evaluatie_uitnodiging
from tests.borging.factories import EvaluatieAntwoordFactory, UitnodigingFactory, token
from tests.factories import BetrokkeneFactory
from trajecten.models import Traject
from visieleren.core.models import AuditLog, UitgaandeEmail

pytestmark = pytest.mark.django_db

ANTWOORD = {"proces_duidelijk": "4", "vervolg_rol": "2", "open_goed": "De duo-interviews."}


@pytest.fixture(autouse=True)
def _schone_cache():
    cache.clear()  # the public form counts posts per IP address


def _url(uitnodiging) -> str:
    return reverse("evaluatie:formulier", args=[token(uitnodiging)])


# ---- The link: expiry, single use, unknown -----------------------------------------------------------


def test_betrokkene_vult_de_vragenlijst_in_zonder_account(client, traject):
    uitnodiging = UitnodigingFactory(traject=traject)
    pagina = client.get(_url(uitnodiging))
    assert pagina.status_code == 200
    assert "Hoe was het Visieleertraject?" in pagina.content.decode()
    assert pagina["X-Robots-Tag"] == "noindex"
    antwoord = client.post(_url(uitnodiging), ANTWOORD)
    assert antwoord.status_code == 302 and antwoord["Location"] == reverse("evaluatie:bedankt")
    opgeslagen = EvaluatieAntwoord.objects.get()
    assert (opgeslagen.traject, opgeslagen.proces_duidelijk, opgeslagen.vervolg_rol) == (traject, 4, 2)
    assert opgeslagen.proces_gehoord is None and opgeslagen.open_goed == "De duo-interviews."
    assert EvaluatieUitnodiging.objects.get().gebruikt


def test_een_link_werkt_een_keer(client, traject):
    uitnodiging = UitnodigingFactory(traject=traject)
    client.post(_url(uitnodiging), ANTWOORD)
    for methode in (client.get, client.post):
        tweede = methode(_url(uitnodiging), ANTWOORD)
        assert tweede.status_code == 410
        assert "Deze vragenlijst is al ingevuld" in tweede.content.decode()
    assert EvaluatieAntwoord.objects.count() == 1


def test_een_verlopen_link_zegt_dat_hij_verlopen_is(client, traject):
    uitnodiging = UitnodigingFactory(traject=traject, verloopt_op=timezone.now() - timedelta(seconds=1))
    for methode in (client.get, client.post):
        antwoord = methode(_url(uitnodiging), ANTWOORD)
        assert antwoord.status_code == 410
        assert "Deze link is verlopen" in antwoord.content.decode()
    assert not EvaluatieAntwoord.objects.exists()
    assert not EvaluatieUitnodiging.objects.get().gebruikt


@pytest.mark.parametrize("onzin", ["x" * 43, "kort", "a" * 300, "a%20b%3Cscript%3E"])
def test_een_onbekende_link_geeft_een_nette_404(client, onzin):
    antwoord = client.get(f"/evaluatie/{onzin}/")
    assert antwoord.status_code == 404
    assert "Deze link werkt niet" in antwoord.content.decode()


def test_alleen_de_hash_van_het_token_wordt_bewaard(traject):
    uitnodiging = UitnodigingFactory(traject=traject)
    geheim = token(uitnodiging)
    rij = EvaluatieUitnodiging.objects.filter(pk=uitnodiging.pk).values().get()
    assert geheim not in str(rij)
    assert len(geheim) >= 40  # 256 bits, base64


def test_een_leeg_formulier_is_geen_antwoord_en_verbruikt_de_link_niet(client, traject):
    uitnodiging = UitnodigingFactory(traject=traject)
    antwoord = client.post(_url(uitnodiging), {})
    assert antwoord.status_code == 400
    assert "Beantwoord minstens één vraag" in antwoord.content.decode()
    antwoord = client.post(_url(uitnodiging), {"proces_duidelijk": "9"})
    assert antwoord.status_code == 400
    assert 'id="id_proces_duidelijk_error"' in antwoord.content.decode()
    assert not EvaluatieUitnodiging.objects.get().gebruikt


def test_raden_naar_links_wordt_afgeremd(client, settings):
    settings.EVALUATIE_RATE_LIMIT = 3
    statussen = [client.get(f"/evaluatie/{'b' * 42}{i}/").status_code for i in range(4)]
    statussen.append(client.post(f"/evaluatie/{'c' * 43}/", ANTWOORD).status_code)
    assert statussen == [404, 404, 404, 429, 429]
    assert "Te veel pogingen" in client.get(f"/evaluatie/{'d' * 43}/").content.decode()


def test_veel_betrokkenen_achter_een_netwerk_kunnen_allemaal_antwoorden(client, traject, settings):
    """Real links do not count towards the limit: a whole town hall may answer from one address."""
    settings.EVALUATIE_RATE_LIMIT = 2
    for uitnodiging in UitnodigingFactory.create_batch(4, traject=traject):
        assert client.get(_url(uitnodiging)).status_code == 200
        assert client.post(_url(uitnodiging), ANTWOORD).status_code == 302
    assert EvaluatieAntwoord.objects.count() == 4


@pytest.mark.django_db(transaction=True)
def test_twee_gelijktijdige_inzendingen_geven_een_antwoord(traject):
    """Two submissions with the same link at the same moment: one answer, the other is refused."""
    uitnodiging = UitnodigingFactory(traject=traject)
    geheim = token(uitnodiging)
    start = threading.Barrier(2)
    uitkomsten = []

    def insturen():
        try:
            start.wait()
            evaluatie_beantwoorden(token=geheim, antwoorden={"proces_duidelijk": 5})
            uitkomsten.append("opgeslagen")
        except LinkGebruikt:
            uitkomsten.append("al gebruikt")
        finally:
            connection.close()

    draden = [threading.Thread(target=insturen) for _ in range(2)]
    for draad in draden:
        draad.start()
    for draad in draden:
        draad.join()
    assert sorted(uitkomsten) == ["al gebruikt", "opgeslagen"]
    assert EvaluatieAntwoord.objects.count() == 1


# ---- Anonymity ------------------------------------------------------------------------------------


def test_een_antwoord_heeft_geen_pad_naar_een_persoon():
    """Model level: the answer relates only to its traject, carries a day (no time) and a random key;
    the invitation has no relation to answers."""
    relaties = {f.related_model for f in EvaluatieAntwoord._meta.get_fields() if f.is_relation}
    assert relaties == {Traject}
    assert not [f for f in EvaluatieAntwoord._meta.get_fields() if isinstance(f, models.DateTimeField)]
    assert isinstance(EvaluatieAntwoord._meta.pk, models.UUIDField)
    uitnodiging_relaties = {f.related_model for f in EvaluatieUitnodiging._meta.get_fields() if f.is_relation}
    assert EvaluatieAntwoord not in uitnodiging_relaties
    assert not [f for f in EvaluatieAntwoord._meta.get_fields() if f.is_relation and f.auto_created]


def test_antwoorden_verandert_aan_de_uitnodiging_alleen_dat_hij_gebruikt_is(traject):
    uitnodiging = UitnodigingFactory(traject=traject)
    voor = model_to_dict(EvaluatieUitnodiging.objects.get(pk=uitnodiging.pk))
    logregels = AuditLog.objects.count()
    evaluatie_beantwoorden(token=token(uitnodiging), antwoorden={"proces_duidelijk": 3})
    na = model_to_dict(EvaluatieUitnodiging.objects.get(pk=uitnodiging.pk))
    assert {k for k in voor if voor[k] != na[k]} == {"gebruikt"}
    assert AuditLog.objects.count() == logregels  # nothing records when which link was used


def _zonder_respons(html: str) -> str:
    """The page without its counts and without the per-request CSRF tokens."""
    html = re.sub(r'<section aria-labelledby="kop-respons".*?</section>', "", html, flags=re.S)
    html = re.sub(r'"X-CSRFToken": "[^"]+"', "", html)
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)


def test_de_teampagina_verraadt_niet_wie_antwoordde(client, team, traject):
    """After an answer the team's page changes only in its counts: nothing per person."""
    eerste, tweede = UitnodigingFactory(traject=traject), UitnodigingFactory(traject=traject)
    for u in (eerste, tweede):
        u.verstuurd_op = timezone.now()
        u.save(update_fields=["verstuurd_op"])
    client.force_login(team)
    url = reverse("borging:evaluatie", args=[traject.pk])
    voor = client.get(url).content.decode()
    evaluatie_beantwoorden(token=token(eerste), antwoorden={"proces_duidelijk": 5})
    na = client.get(url).content.decode()
    assert eerste.betrokkene.naam in na and tweede.betrokkene.naam in na
    assert "1 (50%)" in na
    assert _zonder_respons(voor) == _zonder_respons(na)


def test_open_antwoorden_staan_op_alfabet_niet_op_volgorde_van_binnenkomst(client, team, traject):
    for tekst in ["Zeer goed", "Actief luisteren", "Mooie gesprekken"]:
        EvaluatieAntwoordFactory(traject=traject, open_goed=tekst)
    client.force_login(team)
    html = client.get(reverse("borging:evaluatie_resultaten", args=[traject.pk])).content.decode()
    assert html.index("Actief luisteren") < html.index("Mooie gesprekken") < html.index("Zeer goed")


# ---- Results and response rate ---------------------------------------------------------------------


def test_responspercentage_telt_verstuurde_uitnodigingen_en_antwoorden(client, team, traject):
    for i in range(4):
        UitnodigingFactory(traject=traject, verstuurd_op=timezone.now() if i < 3 else None)
    for _ in range(2):
        EvaluatieAntwoordFactory(traject=traject)
    EvaluatieAntwoordFactory()  # another traject
    client.force_login(team)
    html = client.get(reverse("borging:evaluatie", args=[traject.pk])).content.decode()
    assert "<dt>Uitgenodigd</dt><dd>4</dd>" in html
    assert "<dt>E-mail verstuurd</dt><dd>3</dd>" in html
    assert "2 (67%)" in html


def test_resultaten_per_stelling_als_tabel_en_grafiek(client, persona, traject):
    for waarde in (1, 4, 4, 5):
        EvaluatieAntwoordFactory(traject=traject, proces_duidelijk=waarde, vervolg_rol=None)
    client.force_login(persona["contactpersoon"])
    html = client.get(reverse("borging:evaluatie_resultaten", args=[traject.pk])).content.decode()
    rij = re.search(r"1\. Proces: Het doel.*?</tr>", html, flags=re.S).group(0)
    cellen = re.findall(r'<td class="utrecht-table__cell">([\d,]+)</td>', rij)
    assert cellen == ["4", "3,5", "1", "0", "0", "2", "1"]  # count, mean of 1, 4, 4, 5, distribution
    assert '<svg role="img" aria-labelledby="evaluatie-grafiek"' in html
    assert "geen antwoord" in html  # vervolg_rol was skipped by everyone


def test_resultaten_verschijnen_pas_vanaf_de_drempel(client, team, traject, settings):
    settings.EVALUATIE_MIN_ANTWOORDEN = 3
    EvaluatieAntwoordFactory.create_batch(2, traject=traject, open_goed="Heel herkenbaar verhaal")
    client.force_login(team)
    html = client.get(reverse("borging:evaluatie_resultaten", args=[traject.pk])).content.decode()
    assert "verschijnen vanaf 3 antwoorden" in html
    assert "Heel herkenbaar verhaal" not in html


# ---- Invitations and reminders through Celery ------------------------------------------------------


def test_team_nodigt_betrokkenen_uit_en_de_mail_gaat_na_de_commit(
    client, team, traject, django_capture_on_commit_callbacks
):
    a, b = BetrokkeneFactory(traject=traject), BetrokkeneFactory(traject=traject)
    zonder_mail = BetrokkeneFactory(traject=traject, email="")
    client.force_login(team)
    url = reverse("borging:evaluatie", args=[traject.pk])
    assert zonder_mail.naam not in client.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        antwoord = client.post(url, {"betrokkenen": [a.pk, b.pk]})
    assert antwoord.status_code == 302
    assert len(callbacks) == 4  # per invitation: its task, then (from the task) the outbox send
    assert sorted(m.to[0] for m in mail.outbox) == sorted([a.email, b.email])
    link = re.search(r"http\S+(/evaluatie/\S+/)", mail.outbox[0].body).group(1)
    assert client.get(link).status_code == 200
    assert all(u.verstuurd_op for u in EvaluatieUitnodiging.objects.all())
    # Invited once: the same betrokkene cannot be chosen again.
    tweede = client.post(url, {"betrokkenen": [a.pk]})
    assert tweede.status_code == 400
    assert EvaluatieUitnodiging.objects.count() == 2


def test_betrokkene_van_een_ander_traject_kan_niet_worden_uitgenodigd(team, traject, ander_traject):
    from borging.services import BorgingFout

    with pytest.raises(BorgingFout):
        evaluatie_uitnodigen(traject=traject, betrokkenen=[BetrokkeneFactory(traject=ander_traject)], door=team)


def test_de_uitnodigingstaak_is_idempotent(traject, django_capture_on_commit_callbacks):
    uitnodiging = UitnodigingFactory(traject=traject)
    with django_capture_on_commit_callbacks(execute=True):
        assert stuur_evaluatie_uitnodiging(uitnodiging.pk) is True
        assert stuur_evaluatie_uitnodiging(uitnodiging.pk) is False
    assert len(mail.outbox) == 1
    assert UitgaandeEmail.objects.filter(sleutel=f"evaluatie-uitnodiging-{uitnodiging.pk}").count() == 1
    assert stuur_evaluatie_uitnodiging(987654) is False


def test_herinnering_alleen_aan_wie_niet_antwoordde_en_maar_een_keer(
    traject, settings, django_capture_on_commit_callbacks
):
    settings.EVALUATIE_HERINNERING_DAGEN = 7
    lang_geleden = timezone.now() - timedelta(days=8)
    wacht = UitnodigingFactory(traject=traject, verstuurd_op=lang_geleden)
    UitnodigingFactory(traject=traject, verstuurd_op=lang_geleden, gebruikt=True)
    UitnodigingFactory(traject=traject, verstuurd_op=timezone.now() - timedelta(days=2))
    UitnodigingFactory(traject=traject, verstuurd_op=lang_geleden, herinnerd_op=timezone.now())
    UitnodigingFactory(traject=traject, verstuurd_op=lang_geleden, verloopt_op=timezone.now())
    UitnodigingFactory(traject=traject, verstuurd_op=None)
    for _ in range(2):
        with django_capture_on_commit_callbacks(execute=True):
            evaluatie_herinneringen.delay()
    assert [m.to[0] for m in mail.outbox] == [wacht.betrokkene.email]
    assert "Herinnering" in mail.outbox[0].subject
    assert _url(wacht) in mail.outbox[0].body  # the same link as the invitation


def test_geen_herinneringen_als_de_instelling_nul_is(traject, settings, django_capture_on_commit_callbacks):
    settings.EVALUATIE_HERINNERING_DAGEN = 0
    UitnodigingFactory(traject=traject, verstuurd_op=timezone.now() - timedelta(days=30))
    with django_capture_on_commit_callbacks(execute=True):
        assert evaluatie_herinneringen.delay().get() == 0
    assert mail.outbox == []


@pytest.mark.django_db(transaction=True)
def test_uitnodiging_gaat_via_de_echte_worker(echte_worker, team):
    from tests.factories import TrajectFactory

    traject = TrajectFactory()
    betrokkene = BetrokkeneFactory(traject=traject)
    evaluatie_uitnodigen(traject=traject, betrokkenen=[betrokkene], door=team)
    if settings.REDIS_URL:
        assert echte_worker is not None
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not EvaluatieUitnodiging.objects.get().verstuurd_op:
            time.sleep(0.1)
    assert EvaluatieUitnodiging.objects.get().verstuurd_op is not None
