"""Private files in an S3-compatible object store (moto in server mode on 127.0.0.1), shared by processes."""

import boto3
import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from moto.server import ThreadedMotoServer

from tests.factories import TrajectFactory
from visieleren.core.models import Document, PrivateStorage

BUCKET = "visieleren-test"


@pytest.fixture(scope="module")
def s3_server():
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, poort = server.get_host_and_port()
    yield f"http://{host}:{poort}"
    server.stop()


@pytest.fixture
def s3_opslag(settings, s3_server):
    sleutels = {"aws_access_key_id": "test", "aws_secret_access_key": "test", "region_name": "eu-west-1"}
    client = boto3.client("s3", endpoint_url=s3_server, **sleutels)
    if BUCKET not in {b["Name"] for b in client.list_buckets()["Buckets"]}:
        client.create_bucket(Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": "eu-west-1"})
    settings.STORAGES = {
        **settings.STORAGES,
        "private": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": BUCKET,
                "endpoint_url": s3_server,
                "region_name": "eu-west-1",
                "access_key": "test",
                "secret_key": "test",
                "location": "private",
                "default_acl": "private",
                "file_overwrite": False,
            },
        },
    }
    return client


def test_standaard_staan_private_bestanden_op_schijf_buiten_media_root(settings):
    opslag = storages["private"]
    assert isinstance(opslag, PrivateStorage)
    assert str(settings.MEDIA_ROOT) not in opslag.location


def test_upload_en_download_gaan_via_de_objectopslag(s3_opslag, client, team):
    traject = TrajectFactory()
    client.force_login(team)
    bestand = SimpleUploadedFile("besluit.pdf", b"%PDF-1.4 besluit van het college", content_type="application/pdf")
    antwoord = client.post(
        reverse("trajecten:document_uploaden", args=[traject.pk]), {"titel": "Besluit", "bestand": bestand}
    )
    assert antwoord.status_code == 302
    document = Document.objects.get(traject=traject)
    sleutels = [o["Key"] for o in s3_opslag.list_objects_v2(Bucket=BUCKET)["Contents"]]
    assert f"private/{document.bestand.name}" in sleutels

    antwoord = client.get(reverse("document_download", args=[document.pk]))
    assert antwoord.status_code == 200
    assert b"".join(antwoord.streaming_content) == b"%PDF-1.4 besluit van het college"


def test_een_ander_proces_ziet_hetzelfde_bestand(s3_opslag, settings):
    """Two storage instances with their own S3 connection (as web and worker on two machines)."""
    naam = storages["private"].save("rapporten/1/eindrapportage.pdf", ContentFile(b"%PDF gedeeld"))
    config = settings.STORAGES["private"]
    from storages.backends.s3 import S3Storage

    ander = S3Storage(**config["OPTIONS"])
    with ander.open(naam, "rb") as f:
        assert f.read() == b"%PDF gedeeld"
    ander.delete(naam)
    assert not storages["private"].exists(naam)


def test_private_bestanden_hebben_geen_publieke_url_op_schijf():
    with pytest.raises(ValueError):
        storages["private"].url("iets.pdf")
