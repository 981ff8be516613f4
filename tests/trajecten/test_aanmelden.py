"""The public aanmelding form and status page: a gemeente signs up without an account."""

import re
import time
from datetime import timedelta

import pytest
from django.core import mail, signing
from django.core.cache import cache
from django.utils import timezone

from tests.factories import AanmeldingFactory, GemeenteFactory
from trajecten.forms.aanmelding import _TIJD_SALT, schone_tekst
from trajecten.models import Aanmelding, AanmeldingStatus, AanmeldingToken, Beleidsthema
from trajecten.services.aanmelding import status_token_maken
from visieleren.core.models import AuditLog

pytestmark = pytest.mark.django_db

URL = "/aanmelden/"


@pytest.fixture(autouse=True)
def _lege_cache():
    cache.clear()
    yield
    cache.clear()


def geladen(seconden_geleden=60):
    return signing.dumps(time.time() - seconden_geleden, salt=_TIJD_SALT)


@pytest.fixture
def gegevens(db):
    gemeente = GemeenteFactory(naam="Deventer")
    return {
        "contact_naam": "Fatma Demir",
        "contact_functie": "Beleidsadviseur",
        "contact_email": "f.demir@deventer.example",
        "contact_telefoon": "0570 69 39 11",
        "gemeenten": [str(gemeente.pk)],
        "gemeente_anders": "",
        "vraag": "Hoe vinden inwoners met schulden eerder hulp?",
        "context": "Aanvragen stijgen; de raad wil een aanpak.",
        "beleidsthemas": [str(Beleidsthema.objects.get(slug="schuldhulpverlening").pk)],
        "betrokkenen": "Wijkteams",
        "gewenste_start": (timezone.localdate() + timedelta(days=30)).isoformat(),
        "toestemming": "on",
        "geladen": geladen(),
        "website": "",
    }


def test_gemeente_ziet_formulier_zonder_account(client):
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="website"' in html and 'class="hp-veld" aria-hidden="true"' in html
    assert 'href="/privacy/"' in html
    assert 'name="geladen"' in html


def test_startpagina_linkt_naar_aanmelden(client):
    assert 'href="/aanmelden/"' in client.get("/").content.decode()


def test_gemeente_meldt_aan_en_krijgt_bevestiging_via_celery(client, gegevens, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, {**gegevens, "geladen": geladen()})
    assert response.status_code == 302 and response["Location"] == "/aanmelden/verstuurd/"
    aanmelding = Aanmelding.objects.get()
    assert aanmelding.status == AanmeldingStatus.NIEUW
    assert [g.naam for g in aanmelding.gemeenten.all()] == ["Deventer"]
    assert aanmelding.beleidsthemas.get().slug == "schuldhulpverlening"
    assert aanmelding.bevestiging_verstuurd_op is not None
    assert len(mail.outbox) == 1
    bericht = mail.outbox[0]
    assert bericht.to == ["f.demir@deventer.example"]
    link = re.search(r"http\S+/aanmelden/status/(\S+)/", bericht.body)
    assert link, bericht.body
    token = link.group(1)
    # Only the hash is stored.
    assert not AanmeldingToken.objects.filter(hash=token).exists()
    assert AanmeldingToken.objects.get(aanmelding=aanmelding).hash != token
    assert AuditLog.objects.filter(actie="aanmelding ontvangen").count() == 1
    assert client.get(f"/aanmelden/status/{token}/").status_code == 200
    assert "Bedankt voor uw aanmelding" in client.get("/aanmelden/verstuurd/").content.decode()


def test_bevestiging_wordt_niet_dubbel_verstuurd(gegevens, django_capture_on_commit_callbacks):
    from trajecten import emails

    aanmelding = AanmeldingFactory()
    with django_capture_on_commit_callbacks(execute=True):
        emails.bevestiging_inplannen(aanmelding=aanmelding)
        Aanmelding.objects.filter(pk=aanmelding.pk).update(bevestiging_verstuurd_op=None)
        aanmelding.refresh_from_db()
        emails.bevestiging_inplannen(aanmelding=aanmelding)  # the outbox key still holds
    assert len(mail.outbox) == 1


def test_gemeente_niet_in_lijst_mag_met_vrije_tekst(client, gegevens):
    response = client.post(URL, {**gegevens, "geladen": geladen(), "gemeenten": [], "gemeente_anders": "Lochem"})
    assert response.status_code == 302
    assert Aanmelding.objects.get().gemeenten_tekst == "Lochem"


@pytest.mark.parametrize(
    ("veld", "waarde", "melding"),
    [
        ("contact_naam", "", "Vul dit veld in."),
        ("contact_email", "geen-adres", "Vul een geldig e-mailadres in"),
        ("contact_telefoon", "bel me", "Vul een telefoonnummer in"),
        ("vraag", "", "Vul dit veld in."),
        ("context", "", "Vul dit veld in."),
        ("beleidsthemas", [], "Kies minstens één beleidsthema."),
        ("gemeenten", [], "Kies minstens één gemeente"),
        ("gemeenten", ["999999"], "Kies"),
        ("gewenste_start", "2001-01-01", "ligt in het verleden"),
        ("gewenste_start", "morgen", "Vul een datum in"),
        ("toestemming", "", "zonder toestemming"),
        ("vraag", "x" * 5001, "Gebruik hoogstens 5.000 tekens (nu 5001)."),
    ],
)
def test_fout_veld_krijgt_nederlandse_melding_en_niets_gaat_verloren(client, gegevens, veld, waarde, melding):
    response = client.post(URL, {**gegevens, "geladen": geladen(), veld: waarde})
    assert response.status_code == 400
    html = response.content.decode()
    assert f'id="id_{veld}_error"' in html
    assert melding in html
    assert 'id="foutsamenvatting"' in html
    # What was typed is still there.
    if veld != "contact_naam":
        assert 'value="Fatma Demir"' in html
    bewaard = "Hoe vinden inwoners met schulden eerder hulp?" if veld == "context" else "Aanvragen stijgen"
    assert bewaard in html
    assert not Aanmelding.objects.exists()


def test_honingpot_krijgt_hetzelfde_antwoord_maar_niets_wordt_bewaard(client, gegevens):
    response = client.post(URL, {**gegevens, "geladen": geladen(), "website": "http://spam.example"})
    assert response.status_code == 302 and response["Location"] == "/aanmelden/verstuurd/"
    assert not Aanmelding.objects.exists()
    assert len(mail.outbox) == 0


def test_te_snel_verstuurd_formulier_wordt_niet_bewaard(client, gegevens, settings):
    settings.AANMELDING_MIN_INVULTIJD = 5
    response = client.post(URL, {**gegevens, "geladen": geladen(seconden_geleden=1)})
    assert response.status_code == 400
    assert "erg snel verstuurd" in response.content.decode()
    assert not Aanmelding.objects.exists()


def test_vervalst_tijdstempel_geeft_melding_en_nieuw_tijdstempel(client, gegevens):
    response = client.post(URL, {**gegevens, "geladen": "123:vervalst"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Het formulier is verlopen" in html
    assert "123:vervalst" not in html
    assert not Aanmelding.objects.exists()


def test_invultijd_is_instelbaar(client, gegevens, settings):
    settings.AANMELDING_MIN_INVULTIJD = 0
    assert client.post(URL, {**gegevens, "geladen": geladen(seconden_geleden=0)}).status_code == 302


def test_rate_limit_per_ip_is_instelbaar(client, gegevens, settings):
    settings.AANMELDING_RATE_LIMIT = 2
    for i in range(2):
        assert (
            client.post(
                URL, {**gegevens, "geladen": geladen(), "vraag": f"Vraag {i}"}, REMOTE_ADDR="10.0.0.9"
            ).status_code
            == 302
        )
    response = client.post(URL, {**gegevens, "geladen": geladen(), "vraag": "Vraag 3"}, REMOTE_ADDR="10.0.0.9")
    assert response.status_code == 429
    html = response.content.decode()
    assert "te veel aanmeldingen" in html
    assert "Vraag 3" in html  # nothing typed is lost
    assert Aanmelding.objects.count() == 2
    # Another address still gets through.
    assert (
        client.post(URL, {**gegevens, "geladen": geladen(), "vraag": "Vraag 4"}, REMOTE_ADDR="10.0.0.10").status_code
        == 302
    )


def test_rate_limit_faalt_open_als_redis_weg_is(client, gegevens, settings):
    settings.AANMELDING_RATE_LIMIT = 1
    settings.CACHES = {
        "default": {
            "BACKEND": "visieleren.cache.FailOpenRedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }
    for i in range(3):
        response = client.post(URL, {**gegevens, "geladen": geladen(), "vraag": f"Vraag {i}"})
        assert response.status_code == 302
    assert Aanmelding.objects.count() == 3


def test_dubbele_aanmelding_geeft_zelfde_antwoord_zonder_tweede_record(
    client, gegevens, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        eerste = client.post(URL, {**gegevens, "geladen": geladen()})
        tweede = client.post(
            URL,
            {
                **gegevens,
                "contact_email": "F.Demir@Deventer.example",
                "vraag": "  Hoe vinden inwoners met  schulden eerder hulp? ",
            },
        )
    assert eerste.status_code == tweede.status_code == 302
    assert eerste["Location"] == tweede["Location"]
    assert Aanmelding.objects.count() == 1
    assert len(mail.outbox) == 1


def test_zelfde_vraag_na_het_venster_is_een_nieuwe_aanmelding(client, gegevens, settings):
    client.post(URL, {**gegevens, "geladen": geladen()})
    Aanmelding.objects.update(ingediend_op=timezone.now() - timedelta(hours=settings.AANMELDING_DUBBEL_UREN + 1))
    client.post(URL, {**gegevens, "geladen": geladen()})
    assert Aanmelding.objects.count() == 2


def test_vijandige_invoer_wordt_onschadelijk_bewaard_en_ontsnapt_getoond(client, gegevens, team):
    vijandig = '<script>alert("x")</script><img src=x onerror=alert(1)>\x00\x07\u202eomgekeerd\r\nregel twee\tklaar'
    response = client.post(
        URL, {**gegevens, "geladen": geladen(), "vraag": vijandig, "contact_naam": "<b>Bob</b>\x1b[31m"}
    )
    assert response.status_code == 302
    aanmelding = Aanmelding.objects.get()
    assert aanmelding.vraag == '<script>alert("x")</script><img src=x onerror=alert(1)>omgekeerd\nregel twee\tklaar'
    assert aanmelding.contact_naam == "<b>Bob</b>[31m"
    client.force_login(team)
    for url in ["/aanmeldingen/", aanmelding.get_absolute_url()]:
        html = client.get(url).content.decode()
        assert "<script>alert" not in html
        assert "<b>Bob</b>" not in html
        assert "&lt;b&gt;Bob&lt;/b&gt;" in html
    assert (
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"
        in client.get(aanmelding.get_absolute_url()).content.decode()
    )


def test_honderd_kilobyte_invoer_geeft_melding_en_geen_fout(client, gegevens):
    groot = ("<script>" + "ä" * 100) * 1000
    response = client.post(
        URL, {**gegevens, "geladen": geladen(), "vraag": groot, "context": groot, "contact_naam": groot}
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Gebruik hoogstens 5.000 tekens" in html
    assert "Gebruik hoogstens 200 tekens" in html
    assert "<script>ää" not in html
    assert not Aanmelding.objects.exists()


def test_schone_tekst_houdt_regels_en_tabs():
    assert schone_tekst("a\x00b\r\nc\td\x7f\u200b") == "ab\nc\td"


def test_formulier_vraagt_geen_javascript(client):
    GemeenteFactory(naam="Zwolle")
    html = client.get(URL).content.decode()
    assert "<script>" not in html  # only external, deferred enhancements
    assert 'type="checkbox" name="gemeenten"' in html


# ---- The status page ------------------------------------------------------------------------


def test_statuslink_toont_status_zonder_account(client):
    aanmelding = AanmeldingFactory(vraag="<i>Vraag</i>")
    token = status_token_maken(aanmelding=aanmelding)
    response = client.get(f"/aanmelden/status/{token}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Nieuw" in html and "&lt;i&gt;Vraag&lt;/i&gt;" in html
    assert response["X-Robots-Tag"] == "noindex"
    assert "no-store" in response["Cache-Control"]


def test_verkeerde_statuslink_geeft_duidelijke_pagina(client):
    AanmeldingFactory()
    for token in ["verkeerd-maar-lang-genoeg-token-123456", "x", "a" * 300]:
        response = client.get(f"/aanmelden/status/{token}/")
        assert response.status_code == 404
        assert "Deze link klopt niet" in response.content.decode()


def test_verlopen_statuslink_geeft_duidelijke_pagina(client, settings):
    aanmelding = AanmeldingFactory()
    token = status_token_maken(aanmelding=aanmelding)
    AanmeldingToken.objects.update(verloopt_op=timezone.now() - timedelta(seconds=1))
    response = client.get(f"/aanmelden/status/{token}/")
    assert response.status_code == 410
    assert "Deze link is verlopen" in response.content.decode()
    assert client.post(f"/aanmelden/status/{token}/", {"bevestig": "on"}).status_code == 410
    aanmelding.refresh_from_db()
    assert aanmelding.status == AanmeldingStatus.NIEUW


def test_statuslink_verloopt_na_ingestelde_dagen(settings):
    settings.AANMELDING_STATUS_DAGEN = 3
    token = status_token_maken(aanmelding=AanmeldingFactory())
    opgeslagen = AanmeldingToken.objects.get()
    assert opgeslagen.hash != token
    verschil = opgeslagen.verloopt_op - timezone.now()
    assert timedelta(days=2, hours=23) < verschil <= timedelta(days=3)


def test_contact_trekt_aanmelding_in_via_statuslink(client, django_capture_on_commit_callbacks):
    aanmelding = AanmeldingFactory()
    token = status_token_maken(aanmelding=aanmelding)
    url = f"/aanmelden/status/{token}/"
    response = client.post(url, {"reden": "Toch niet"})
    assert response.status_code == 400
    assert "Bevestig dat u de aanmelding wilt intrekken." in response.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"reden": "Toch niet", "bevestig": "on"})
    assert response.status_code == 302
    aanmelding.refresh_from_db()
    assert aanmelding.status == AanmeldingStatus.INGETROKKEN
    assert aanmelding.ingetrokken_reden == "Toch niet"
    assert AuditLog.objects.filter(actie="aanmelding ingetrokken door contactpersoon", actor=None).exists()
    assert len(mail.outbox) == 1 and "ingetrokken" in mail.outbox[0].subject
    html = client.get(url).content.decode()
    assert "Ingetrokken" in html and "Aanmelding intrekken</button>" not in html
    # A second withdrawal is refused with a message, not an error page.
    response = client.post(url, {"bevestig": "on"}, follow=True)
    assert "al ingetrokken" in response.content.decode()


def test_rate_limit_achter_proxy_telt_per_echte_client(client, gegevens, settings):
    settings.AANMELDING_RATE_LIMIT = 1
    settings.AANMELDING_VERTROUWDE_PROXIES = 1
    proxy = {"REMOTE_ADDR": "10.0.0.1"}
    eerste = client.post(URL, {**gegevens, "geladen": geladen(), "vraag": "A"}, HTTP_X_FORWARDED_FOR="1.2.3.4", **proxy)
    tweede = client.post(URL, {**gegevens, "geladen": geladen(), "vraag": "B"}, HTTP_X_FORWARDED_FOR="5.6.7.8", **proxy)
    # A forged address on the left does not give a fresh budget.
    derde = client.post(
        URL, {**gegevens, "geladen": geladen(), "vraag": "C"}, HTTP_X_FORWARDED_FOR="9.9.9.9, 1.2.3.4", **proxy
    )
    assert (eerste.status_code, tweede.status_code, derde.status_code) == (302, 302, 429)


def test_team_krijgt_een_melding_van_een_nieuwe_aanmelding(client, gegevens, team, django_capture_on_commit_callbacks):
    from tests.factories import TeamFactory, UserFactory

    gedeactiveerd = TeamFactory(is_active=False)
    expert = UserFactory()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(URL, {**gegevens, "geladen": geladen()})
    aanmelding = Aanmelding.objects.get()
    melding = next(m for m in mail.outbox if m.subject.startswith("Nieuwe aanmelding"))
    assert melding.to == [team.email]
    assert gedeactiveerd.email not in melding.to and expert.email not in melding.to
    assert f"/aanmeldingen/{aanmelding.pk}/" in melding.body
    assert gegevens["vraag"] not in melding.body  # the notice links to the inbox, it carries no content
    assert aanmelding.team_gemeld_op is not None


def test_teammelding_is_idempotent(team, django_capture_on_commit_callbacks):
    from trajecten import emails

    aanmelding = AanmeldingFactory()
    with django_capture_on_commit_callbacks(execute=True):
        emails.team_melden(aanmelding=aanmelding)
        emails.team_melden(aanmelding=aanmelding)
    assert len(mail.outbox) == 1


def test_dubbele_aanmelding_meldt_het_team_niet_opnieuw(client, gegevens, team, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(URL, {**gegevens, "geladen": geladen()})
        client.post(URL, {**gegevens, "geladen": geladen()})
    assert len([m for m in mail.outbox if m.subject.startswith("Nieuwe aanmelding")]) == 1
