import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from visieleren.core.models import AuditLog, Document

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n%test\n"


def _upload(client, traject, naam="besluit.pdf", inhoud=PDF, titel="Collegebesluit"):
    bestand = SimpleUploadedFile(naam, inhoud, content_type="application/pdf")
    return client.post(reverse("trajecten:document_uploaden", args=[traject.pk]), {"titel": titel, "bestand": bestand})


def test_team_uploadt_document_buiten_publieke_media(client, team, traject, settings):
    client.force_login(team)
    assert _upload(client, traject).status_code == 302
    document = Document.objects.get()
    assert str(settings.PRIVATE_MEDIA_ROOT) in document.bestand.path
    assert not document.bestand.path.startswith(str(settings.MEDIA_ROOT))
    assert AuditLog.objects.filter(actie="document geüpload", traject=traject).exists()


def test_nep_pdf_wordt_geweigerd_met_fout_naast_veld(client, team, traject):
    client.force_login(team)
    response = _upload(client, traject, inhoud=b"<script>alert(1)</script>")
    assert response.status_code == 400
    assert "Dit bestand is geen geldige PDF." in response.content.decode()
    assert 'value="Collegebesluit"' in response.content.decode()


def test_verkeerd_bestandstype_wordt_geweigerd(client, team, traject):
    client.force_login(team)
    response = _upload(client, traject, naam="virus.exe", inhoud=b"MZ")
    assert response.status_code == 400
    assert not Document.objects.exists()


def test_te_groot_bestand_wordt_geweigerd(client, team, traject, settings):
    settings.UPLOAD_MAX_BYTES = 10
    client.force_login(team)
    assert _upload(client, traject).status_code == 400


def test_download_alleen_met_recht_en_gelogd(client, persona, traject):
    client.force_login(persona["team"])
    _upload(client, traject)
    document = Document.objects.get()
    url = reverse("document_download", args=[document.pk])
    for rol, verwacht in [("expert", 200), ("contactpersoon", 200), ("bestuurder", 403), ("buitenstaander", 404)]:
        client.force_login(persona[rol])
        response = client.get(url)
        assert response.status_code == verwacht, rol
        if verwacht == 200:
            assert b"".join(response.streaming_content) == PDF
            assert response["Cache-Control"] == "private, no-store"
    assert AuditLog.objects.filter(actie="document gedownload").count() == 2


def test_logboek_toont_wijzigingen_aan_team(client, team, traject):
    client.force_login(team)
    _upload(client, traject)
    inhoud = client.get(reverse("trajecten:logboek", args=[traject.pk])).content.decode()
    assert "document geüpload" in inhoud
    assert team.email in inhoud
