"""The Kubernetes manifests (deploy/kubernetes) are valid, complete and agree with the application."""

import re
from pathlib import Path

import kubernetes_validate
import pytest
import yaml
from django.conf import settings

KUSTOMIZE = Path(settings.BASE_DIR) / "deploy" / "kubernetes"
K8S_VERSIE = "1.31.0"  # the oldest Kubernetes release still supported upstream when this was written


def _kustomization(map_: Path) -> dict:
    return yaml.safe_load((map_ / "kustomization.yaml").read_text())


def _manifesten() -> list[tuple[str, dict]]:
    gevonden = []
    for map_ in (KUSTOMIZE / "base", KUSTOMIZE / "overlays" / "productie"):
        for bron in _kustomization(map_)["resources"]:
            pad = (map_ / bron).resolve()
            if pad.is_dir():
                continue
            for document in yaml.safe_load_all(pad.read_text()):
                gevonden.append((f"{map_.name}/{bron}", document))
    return gevonden


MANIFESTEN = _manifesten()


def _soort(kind: str, naam: str) -> dict:
    return next(m for _, m in MANIFESTEN if m["kind"] == kind and m["metadata"]["name"] == naam)


def _container(deployment: dict) -> dict:
    return deployment["spec"]["template"]["spec"]["containers"][0]


@pytest.mark.parametrize("map_", ["base", "overlays/productie"])
def test_kustomization_noemt_precies_de_bestanden_die_er_zijn(map_):
    map_pad = KUSTOMIZE / map_
    genoemd = {r for r in _kustomization(map_pad)["resources"] if not (map_pad / r).is_dir()}
    aanwezig = {p.name for p in map_pad.glob("*.yaml")} - {"kustomization.yaml"}
    assert genoemd == aanwezig


@pytest.mark.parametrize(("bron", "manifest"), MANIFESTEN, ids=[f"{b}:{m['kind']}" for b, m in MANIFESTEN])
def test_elk_manifest_is_geldig_volgens_het_kubernetes_schema(bron, manifest):
    kubernetes_validate.validate(manifest, K8S_VERSIE, strict=True)


def test_web_worker_beat_en_migratie_zijn_er():
    soorten = {(m["kind"], m["metadata"]["name"]) for _, m in MANIFESTEN}
    for verwacht in [
        ("Deployment", "visieleren-web"),
        ("Deployment", "visieleren-worker"),
        ("Deployment", "visieleren-beat"),
        ("Job", "visieleren-migrate"),
        ("Service", "visieleren-web"),
        ("HorizontalPodAutoscaler", "visieleren-web"),
        ("HorizontalPodAutoscaler", "visieleren-worker"),
        ("Ingress", "visieleren"),
    ]:
        assert verwacht in soorten


def test_web_is_pas_klaar_als_health_gezond_is():
    web = _container(_soort("Deployment", "visieleren-web"))
    for probe in ("startupProbe", "readinessProbe"):
        assert web[probe]["httpGet"]["path"] == "/health/"
        host = {h["name"]: h["value"] for h in web[probe]["httpGet"]["httpHeaders"]}["Host"]
        assert host in _configmap()["ALLOWED_HOSTS"].split(",")
    # A database outage (503 on /health/) must not restart every pod: liveness only checks the socket.
    assert "tcpSocket" in web["livenessProbe"]


@pytest.mark.parametrize("naam", ["visieleren-web", "visieleren-worker", "visieleren-beat"])
def test_elke_pod_heeft_resources_en_draait_niet_als_root(naam):
    deployment = _soort("Deployment", naam)
    container = _container(deployment)
    assert {"cpu", "memory"} <= set(container["resources"]["requests"])
    assert {"cpu", "memory"} <= set(container["resources"]["limits"])
    assert deployment["spec"]["template"]["spec"]["securityContext"]["runAsNonRoot"] is True
    assert container["securityContext"]["allowPrivilegeEscalation"] is False


def test_autoscalers_wijzen_naar_bestaande_deployments():
    for naam in ("visieleren-web", "visieleren-worker"):
        hpa = _soort("HorizontalPodAutoscaler", naam)
        assert hpa["spec"]["scaleTargetRef"]["name"] == naam
        assert hpa["spec"]["minReplicas"] >= 1 and hpa["spec"]["maxReplicas"] > hpa["spec"]["minReplicas"]
        _soort("Deployment", naam)


def test_precies_een_beat():
    beat = _soort("Deployment", "visieleren-beat")
    assert beat["spec"]["replicas"] == 1
    assert beat["spec"]["strategy"]["type"] == "Recreate"


def test_migratiejob_migreert():
    job = _soort("Job", "visieleren-migrate")
    assert _container(job)["command"][-2:] == ["migrate", "--noinput"]


def _configmap() -> dict:
    return _soort("ConfigMap", "visieleren-instellingen")["data"]


def test_de_configmap_zet_alleen_instellingen_die_de_app_leest():
    bronnen = "".join(p.read_text() for p in (Path(settings.BASE_DIR) / "visieleren" / "settings").glob("*.py"))
    gelezen = set(re.findall(r'env_\w+\("([A-Z0-9_]+)"', bronnen))
    buiten_django = {"DJANGO_SETTINGS_MODULE", "WEB_CONCURRENCY", "XDG_CACHE_HOME"}
    assert set(_configmap()) - buiten_django <= gelezen


def test_het_image_draait_als_dezelfde_gebruiker_als_de_pods():
    dockerfile = (Path(settings.BASE_DIR) / "Dockerfile").read_text()
    gebruiker = _soort("Deployment", "visieleren-web")["spec"]["template"]["spec"]["securityContext"]["runAsUser"]
    assert f"USER {gebruiker}" in dockerfile
