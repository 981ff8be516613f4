"""Regression tests of issue 9: each finding reproduced on the old main, now fixed."""

import io
import os
import subprocess
import sys
import threading
import time
import zipfile
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection, connections
from django.test import Client
from django.urls import reverse

from interviews.models import Citaat, Tagging
from tests.factories import GemeenteFactory, InterviewFactory, TeamFactory, UserFactory, met_rol
from tests.robuust.diensten import geweigerde_poort, stille_luisteraar
from tests.trajecten.test_aanmelden import geladen
from trajecten.models import Aanmelding, Beleidsthema, Rol

WACHTWOORD = "een-goed-wachtwoord-123"


@pytest.fixture(autouse=True)
def _lege_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def aanmelding_gegevens(db):
    return {
        "contact_naam": "Fatma Demir",
        "contact_functie": "Beleidsadviseur",
        "contact_email": "f.demir@deventer.example",
        "contact_telefoon": "0570 69 39 11",
        "gemeenten": [str(GemeenteFactory(naam="Deventer").pk)],
        "gemeente_anders": "",
        "vraag": "Hoe vinden inwoners met schulden eerder hulp?",
        "context": "Aanvragen stijgen.",
        "beleidsthemas": [
            str(Beleidsthema.objects.get_or_create(slug="schulden", defaults={"naam": "Schulden"})[0].pk)
        ],
        "betrokkenen": "",
        "gewenste_start": "",
        "toestemming": "on",
        "geladen": geladen(),
        "website": "",
    }


# ---- 2. Redis down: the aanmelding is stored, the user gets a normal answer, the e-mail waits -------


@pytest.mark.django_db(transaction=True)
def test_aanmelden_met_broker_plat_geeft_gewoon_antwoord_en_de_email_wacht(client, aanmelding_gegevens, broker_plat):
    TeamFactory()
    response = client.post("/aanmelden/", aanmelding_gegevens)
    assert response.status_code == 302 and response["Location"] == "/aanmelden/verstuurd/"
    from visieleren.core.models import UitgaandeEmail

    assert Aanmelding.objects.count() == 1
    assert UitgaandeEmail.objects.filter(status="wachtrij").count() == 2  # confirmation and team notice


@pytest.mark.django_db(transaction=True)
def test_uitnodigen_met_broker_plat_geeft_gewoon_antwoord(client, broker_plat):
    client.force_login(TeamFactory())
    response = client.post("/mensen/uitnodigen/", {"naam": "Nieuwe Expert", "email": "nieuw@voorbeeld.nl"})
    assert response.status_code == 302
    from visieleren.core.models import UitgaandeEmail

    assert UitgaandeEmail.objects.get().status == "wachtrij"


# ---- 3. Mail server refusing or silent: bounded, no 500, no transaction across the network --------


@pytest.mark.django_db(transaction=True)
def test_aanmelden_met_weigerende_mailserver_geeft_geen_500(client, aanmelding_gegevens, settings):
    from visieleren.core.models import UitgaandeEmail

    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", geweigerde_poort(), 1
    response = client.post("/aanmelden/", aanmelding_gegevens)
    assert response.status_code == 302
    email = UitgaandeEmail.objects.get()
    assert email.status == "wachtrij" and "Connection" in email.laatste_fout


@pytest.mark.django_db(transaction=True)
def test_aanmelden_met_zwijgende_mailserver_duurt_niet_lang(client, aanmelding_gegevens, settings):
    from visieleren.core.models import UitgaandeEmail

    with stille_luisteraar() as (poort, _):
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", poort, 1
        begin = time.monotonic()
        response = client.post("/aanmelden/", aanmelding_gegevens)
        duur = time.monotonic() - begin
    assert response.status_code == 302
    assert duur < 5
    assert UitgaandeEmail.objects.get().laatste_fout.startswith(("TimeoutError", "timeout", "SMTPServerDisconnected"))


@pytest.mark.django_db(transaction=True)
def test_versturen_gebeurt_buiten_elke_transactie(settings):
    """The old task held select_for_update on the aanmelding while talking to the mail server."""
    from visieleren import meldingen

    gezien = []

    class Backend(mail.backends.locmem.EmailBackend):
        def send_messages(self, berichten):
            gezien.append(connection.in_atomic_block)
            return super().send_messages(berichten)

    settings.EMAIL_BACKEND = f"{__name__}.Backend"
    globals()["Backend"] = Backend
    email = meldingen.mail_inplannen(aan=["a@voorbeeld.nl"], onderwerp="x", tekst="y")
    assert meldingen.email_versturen(email_id=email.pk) is False  # already sent on commit (eager)
    assert gezien == [False]


# ---- 4. Login lockout per normalised address ------------------------------------------------------


def test_inlogblokkade_telt_hoofdletter_varianten_van_een_adres_samen(client, db, settings):
    settings.AXES_FAILURE_LIMIT = 5
    UserFactory(email="kees@voorbeeld.nl", password=WACHTWOORD)
    varianten = [
        "kees@voorbeeld.nl",
        "Kees@voorbeeld.nl",
        "KEES@voorbeeld.nl",
        "kees@Voorbeeld.NL",
        " kees@voorbeeld.nl",
    ]
    for i in range(20):
        client.post(reverse("login"), {"username": varianten[i % 5], "password": "fout"}, REMOTE_ADDR=f"10.0.0.{i}")
    response = client.post(reverse("login"), {"username": "kees@voorbeeld.nl", "password": WACHTWOORD})
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_inlogblokkade_per_ip_adres_over_veel_adressen(client, db, settings):
    settings.AXES_FAILURE_LIMIT, settings.INLOGGEN_MAX_FOUTEN_PER_IP = 5, 30
    UserFactory(email="kees@voorbeeld.nl", password=WACHTWOORD)
    for i in range(40):
        client.post(reverse("login"), {"username": f"iemand{i}@voorbeeld.nl", "password": "fout"})
    response = client.post(reverse("login"), {"username": "kees@voorbeeld.nl", "password": WACHTWOORD})
    assert response.status_code == 429


def test_inlogblokkade_achter_een_proxy_telt_per_client_niet_per_proxy(client, db, settings):
    """Behind the ingress every request comes from the proxy's address: one attacker must not lock
    out every other user, so the per-IP budget counts the client from X-Forwarded-For."""
    settings.AXES_FAILURE_LIMIT, settings.INLOGGEN_MAX_FOUTEN_PER_IP = 5, 30
    settings.AANMELDING_VERTROUWDE_PROXIES = 1
    UserFactory(email="kees@voorbeeld.nl", password=WACHTWOORD)
    proxy = {"REMOTE_ADDR": "10.0.0.2"}
    for i in range(40):
        client.post(
            reverse("login"),
            {"username": f"iemand{i}@voorbeeld.nl", "password": "fout"},
            HTTP_X_FORWARDED_FOR="203.0.113.9",
            **proxy,
        )
    geblokkeerd = client.post(
        reverse("login"),
        {"username": "kees@voorbeeld.nl", "password": WACHTWOORD},
        HTTP_X_FORWARDED_FOR="203.0.113.9",
        **proxy,
    )
    assert geblokkeerd.status_code == 429
    ander = Client().post(
        reverse("login"),
        {"username": "kees@voorbeeld.nl", "password": WACHTWOORD},
        HTTP_X_FORWARDED_FOR="198.51.100.7",
        **proxy,
    )
    assert ander.status_code == 302


# ---- 5. Concurrent tagging and repeated quotes --------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_acht_gelijktijdige_gelijke_tags_geven_geen_500_en_een_tagging():
    from tests.factories import CodeFactory

    interview = InterviewFactory()
    expert = met_rol(interview.traject, Rol.EXPERT)
    expert.set_password(WACHTWOORD)
    expert.save()
    from tests.factories import CitaatFactory

    citaat = CitaatFactory(interview=interview)
    code = CodeFactory()
    url = reverse("codeboek:tag_toevoegen", args=[interview.traject_id, citaat.pk])
    clients = []
    for _ in range(8):
        c = Client()
        c.force_login(expert)
        clients.append(c)
    barriere = threading.Barrier(8)

    def posten(c):
        barriere.wait()
        try:
            return c.post(url, {"code": code.pk}).status_code
        finally:
            connections.close_all()

    with ThreadPoolExecutor(8) as pool:
        statussen = list(pool.map(posten, clients))
    assert all(s in (200, 302) for s in statussen), statussen
    assert Tagging.objects.filter(citaat=citaat, code=code, verwijderd_op__isnull=True).count() == 1


def test_dezelfde_selectie_drie_keer_geeft_een_citaat(client, traject):
    interview = InterviewFactory(traject=traject)
    client.force_login(met_rol(traject, Rol.EXPERT))
    tekst = "De wachttijd was kort en de consulent luisterde echt."
    url = reverse("interviews:citaat_nieuw", args=[traject.pk, interview.pk])
    for _ in range(3):
        response = client.post(url, {"tekst": tekst, "spreker": interview.deelnemer_a.pk})
        assert response.status_code in (200, 302)
    assert Citaat.objects.filter(interview=interview).count() == 1


# ---- 6. docx bomb -------------------------------------------------------------------------------


def _docx_bom(uitgepakt_mb: int) -> bytes:
    alinea = b"<w:p><w:r><w:t>" + b"a" * 1000 + b"</w:t></w:r></w:p>"
    body = alinea * (uitgepakt_mb * 1000)
    document = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        + body
        + b"</w:body></w:document>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'wordprocessingml.document.main+xml"/></Types>',
        )
        z.writestr(
            "_rels/.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>',
        )
        z.writestr("word/document.xml", document)
    return buffer.getvalue()


def test_docx_bom_wordt_snel_geweigerd(client, traject):
    interview = InterviewFactory(traject=traject)
    client.force_login(TeamFactory())
    bom = _docx_bom(34)
    assert len(bom) < 500_000
    begin = time.monotonic()
    response = client.post(
        reverse("interviews:aantekeningen_upload", args=[traject.pk, interview.pk]),
        {"bestand": SimpleUploadedFile("bom.docx", bom)},
    )
    assert time.monotonic() - begin < 3
    assert response.status_code == 400
    assert "te groot" in response.content.decode()
    interview.refresh_from_db()
    assert interview.notities.startswith("Wat ging er goed?")


# ---- 7. /health/ with an unreachable database -----------------------------------------------------


def test_health_met_onbereikbare_database_geeft_snel_503(client, db, monkeypatch):
    from django.db import connections as alle

    with stille_luisteraar() as (poort, _):
        instellingen = {
            **alle.settings["default"],
            "ENGINE": "django.db.backends.postgresql",
            "HOST": "127.0.0.1",
            "PORT": str(poort),
            "NAME": "onbereikbaar",
            "USER": "postgres",
            "OPTIONS": {},
        }
        monkeypatch.setitem(alle.settings, "default", instellingen)
        begin = time.monotonic()
        response = client.get("/health/")
        duur = time.monotonic() - begin
    assert response.status_code == 503
    assert duur < 3
    assert response.json()["checks"]["database"]["status"] == "fout"


def test_health_valt_buiten_de_https_omleiding():
    """A load balancer probes over plain HTTP; every other page is redirected to HTTPS."""
    script = (
        "import django; django.setup()\n"
        "from django.test import Client\n"
        "c = Client(HTTP_HOST='visieleren.example')\n"
        "print(c.get('/health/').status_code, c.get('/accounts/login/').status_code)\n"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "visieleren.settings.production",
        "SECRET_KEY": "x" * 60,
        "ALLOWED_HOSTS": "visieleren.example",
    }
    uit = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    health, login = uit.stdout.split()[-2:]
    assert health in ("200", "503"), uit.stdout + uit.stderr
    assert login == "301"


# ---- 8. Smaller findings --------------------------------------------------------------------------


def test_invultijdstempel_werkt_maar_een_keer(client, aanmelding_gegevens):
    assert client.post("/aanmelden/", aanmelding_gegevens).status_code == 302
    tweede = {**aanmelding_gegevens, "vraag": "Een andere vraag over schulden?", "contact_email": "ander@d.example"}
    response = client.post("/aanmelden/", tweede)
    assert response.status_code == 400
    assert Aanmelding.objects.count() == 1


def test_nul_teken_in_zoekopdracht_mensen_geeft_400(client, team):
    client.force_login(team)
    response = client.get("/mensen/", {"q": "a\x00b"})
    assert response.status_code == 400
    assert "ongeldig teken" in response.content.decode()


def test_regeleinde_in_gemeente_anders_wordt_geweigerd(client, aanmelding_gegevens, django_capture_on_commit_callbacks):
    TeamFactory()
    gegevens = {**aanmelding_gegevens, "gemeenten": [], "gemeente_anders": "Oss\nBcc: iedereen@example.org"}
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/aanmelden/", gegevens)
    assert response.status_code == 400
    assert "regel" in response.content.decode()
    assert Aanmelding.objects.count() == 0


def test_team_email_toont_s_hertogenbosch_zoals_getypt(client, aanmelding_gegevens, django_capture_on_commit_callbacks):
    TeamFactory()
    gegevens = {**aanmelding_gegevens, "gemeenten": [], "gemeente_anders": "'s-Hertogenbosch & Vught"}
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post("/aanmelden/", gegevens).status_code == 302
    melding = next(m for m in mail.outbox if m.subject.startswith("Nieuwe aanmelding"))
    assert "'s-Hertogenbosch & Vught" in melding.subject
    assert "'s-Hertogenbosch & Vught" in melding.body


def test_nul_teken_in_concept_wordt_niet_als_bewaard_gemeld(client, traject):
    interview = InterviewFactory(traject=traject)
    client.force_login(TeamFactory())
    url = reverse("interviews:concept", args=[traject.pk, interview.pk])
    client.post(url, {"notities": "Goede eerste versie"}, HTTP_HX_REQUEST="true")
    response = client.post(url, {"notities": "kapot\x00"}, HTTP_HX_REQUEST="true")
    assert "Concept bewaard" not in response.content.decode()
    assert "niet bewaard" in response.content.decode().lower()
    html = client.get(reverse("interviews:aantekeningen", args=[traject.pk, interview.pk]) + "?concept=herstellen")
    assert "Goede eerste versie" in html.content.decode()


def test_wachtwoordlink_gebruikt_site_url_en_niet_de_host(client, db, settings, django_capture_on_commit_callbacks):
    settings.ALLOWED_HOSTS = ["*"]
    settings.SITE_URL = "https://visieleren.example"
    UserFactory(email="kees@voorbeeld.nl")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("password_reset"), {"email": "kees@voorbeeld.nl"}, HTTP_HOST="aanvaller.example")
    assert len(mail.outbox) == 1
    assert "aanvaller.example" not in mail.outbox[0].body
    assert "https://visieleren.example/accounts/wachtwoord-instellen/" in mail.outbox[0].body


def test_sessie_van_gedeactiveerde_werkt_niet_weer_na_heractivering(client, db):
    from visieleren.accounts import services

    team = TeamFactory()
    expert = UserFactory()
    client.force_login(expert)
    assert client.get("/mijn-trajecten/").status_code == 200
    services.user_set_active(user=expert, actief=False, door=team)
    services.user_set_active(user=expert, actief=True, door=team)
    response = client.get("/mijn-trajecten/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_permissions_policy_header(client, db):
    response = client.get("/accounts/login/")
    beleid = response["Permissions-Policy"]
    for functie in ("camera=()", "microphone=()", "geolocation=()"):
        assert functie in beleid


def test_te_grote_aantekeningen_geven_een_nederlandse_melding(client, traject, settings):
    interview = InterviewFactory(traject=traject)
    client.force_login(TeamFactory())
    response = client.post(
        reverse("interviews:aantekeningen", args=[traject.pk, interview.pk]), {"notities": "a" * 3_000_000}
    )
    assert response.status_code in (400, 413)
    html = response.content.decode()
    assert "Bad Request" not in html
    assert "te groot" in html
    assert '<html lang="nl"' in html


@pytest.mark.parametrize(
    "notities, deel",
    [
        ("Zo blij 👍🏽 ermee", "👍"),  # the emoji without its skin tone
        ("Het gezin 👨\u200d👩\u200d👧 kwam", "👨"),  # one person of a family emoji
        ("Cafe\u0301 open", "\u0301"),  # a lone combining accent
        ("Cafe\u0301 open", "Cafe"),  # the letter without its accent
    ],
)
def test_half_teken_kan_geen_citaat_worden(client, traject, notities, deel):
    interview = InterviewFactory(traject=traject, notities=notities)
    client.force_login(TeamFactory())
    begin = notities.index(deel)
    response = client.post(
        reverse("interviews:citaat_nieuw", args=[traject.pk, interview.pk]),
        {
            "tekst": deel,
            "begin": len(notities[:begin].encode("utf-16-le")) // 2,
            "eind": len(notities[: begin + len(deel)].encode("utf-16-le")) // 2,
            "spreker": interview.deelnemer_a.pk,
        },
    )
    assert response.status_code == 400
    assert Citaat.objects.filter(interview=interview).count() == 0


# ---- 1. Two people on one interview's notes ---------------------------------------------------------


def _versie_uit(html: str) -> str:
    import re

    return re.search(r'name="versie" value="(\d+)"', html).group(1)


def test_tweede_opslaan_overschrijft_het_eerste_niet(client, traject):
    interview = InterviewFactory(traject=traject)
    moderator = met_rol(traject, Rol.MODERATOR)
    interview.moderator = moderator
    interview.save()
    url = reverse("interviews:aantekeningen", args=[traject.pk, interview.pk])
    team, mod = Client(), Client()
    team.force_login(TeamFactory())
    mod.force_login(moderator)
    versie_team = _versie_uit(team.get(url).content.decode())
    versie_mod = _versie_uit(mod.get(url).content.decode())
    assert mod.post(url, {"notities": "Tekst van de moderator", "versie": versie_mod}).status_code == 302
    response = team.post(url, {"notities": "Tekst van het team", "versie": versie_team})
    assert response.status_code == 409
    html = response.content.decode()
    assert "Tekst van de moderator" in html and "Tekst van het team" in html
    interview.refresh_from_db()
    assert interview.notities == "Tekst van de moderator"
    # After merging, the next save is based on the stored version and goes through.
    samen = "Tekst van de moderator\nTekst van het team"
    assert team.post(url, {"notities": samen, "versie": _versie_uit(html)}).status_code == 302
    interview.refresh_from_db()
    assert interview.notities == samen


def test_ieder_heeft_een_eigen_concept(client, traject):
    interview = InterviewFactory(traject=traject)
    moderator = met_rol(traject, Rol.MODERATOR)
    interview.moderator = moderator
    interview.save()
    concept_url = reverse("interviews:concept", args=[traject.pk, interview.pk])
    url = reverse("interviews:aantekeningen", args=[traject.pk, interview.pk]) + "?concept=herstellen"
    team, mod = Client(), Client()
    team.force_login(TeamFactory())
    mod.force_login(moderator)
    mod.post(concept_url, {"notities": "Concept van de moderator"}, HTTP_HX_REQUEST="true")
    team.post(concept_url, {"notities": "Concept van het team"}, HTTP_HX_REQUEST="true")
    assert "Concept van de moderator</textarea>" in mod.get(url).content.decode()
    assert "Concept van het team</textarea>" in team.get(url).content.decode()
