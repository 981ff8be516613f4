"""What waits for an expert on Mijn trajecten, and the assignment e-mail from every place a role is given."""

import pytest
from django.urls import reverse

from interviews.models import Tagging
from tests.factories import CitaatFactory, CodeFactory, InterviewFactory, TrajectFactory, UserFactory, met_rol

pytestmark = pytest.mark.django_db


def test_expert_ziet_hoeveel_citaten_nog_getagd_moeten_worden(client):
    traject = TrajectFactory()
    expert = met_rol(traject, "expert")
    interview = InterviewFactory(traject=traject)
    getagd = CitaatFactory(interview=interview)
    CitaatFactory(interview=interview)
    CitaatFactory(interview=interview)
    Tagging.objects.create(citaat=getagd, code=CodeFactory())
    client.force_login(expert)
    inhoud = client.get(reverse("mijn_trajecten")).content.decode()
    assert "2 citaten zonder tag" in inhoud
    assert f"/trajecten/{traject.pk}/citaten/?ongetagd=on" in inhoud


def test_contactpersoon_ziet_geen_taggenwerk(client):
    traject = TrajectFactory()
    contact = met_rol(traject, "contactpersoon")
    CitaatFactory(interview=InterviewFactory(traject=traject))
    client.force_login(contact)
    assert "zonder tag" not in client.get(reverse("mijn_trajecten")).content.decode()


def test_rol_via_mensen_pagina_mailt_de_expert(client, team, mailoutbox, django_capture_on_commit_callbacks):
    traject = TrajectFactory()
    expert = UserFactory()
    client.force_login(team)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("accounts:rol_toekennen", args=[expert.pk]), {"rol-traject": traject.pk, "rol-rol": "expert"}
        )
    assert [m.to for m in mailoutbox] == [[expert.email]]


def test_bestuurder_krijgt_geen_expertteam_mail(client, team, mailoutbox, django_capture_on_commit_callbacks):
    traject = TrajectFactory()
    bestuurder = UserFactory()
    client.force_login(team)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("accounts:rol_toekennen", args=[bestuurder.pk]),
            {"rol-traject": traject.pk, "rol-rol": "bestuurder"},
        )
    assert mailoutbox == []
