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


def test_expert_ziet_hoeveel_citaten_nog_te_beoordelen_zijn(client):
    from interviews.models import Beoordeling

    traject = TrajectFactory()
    expert = met_rol(traject, "expert")
    eerste_codeur = met_rol(traject, "expert")
    interview = InterviewFactory(traject=traject)
    code = CodeFactory()
    citaten = [CitaatFactory(interview=interview) for _ in range(4)]
    for citaat in citaten[:3]:
        Tagging.objects.create(citaat=citaat, code=code, door=eerste_codeur)
    Tagging.objects.create(citaat=citaten[3], code=code, door=expert)  # own tag: not for review
    Beoordeling.objects.create(citaat=citaten[0], code=code, door=expert, oordeel="eens")  # done
    client.force_login(expert)
    inhoud = client.get(reverse("mijn_trajecten")).content.decode()
    assert "2 citaten te beoordelen" in inhoud
    assert f"/trajecten/{traject.pk}/beoordelen/" in inhoud


def test_moderator_ziet_duo_interviews_zonder_aantekeningen(client):
    traject = TrajectFactory()
    moderator = met_rol(traject, "moderator")
    InterviewFactory(traject=traject, moderator=moderator, notities="")
    InterviewFactory(traject=traject, moderator=moderator, notities="Aantekeningen van het gesprek.")
    InterviewFactory(traject=traject, notities="")  # someone else's
    client.force_login(moderator)
    inhoud = client.get(reverse("mijn_trajecten")).content.decode()
    assert "1 duo-interview zonder aantekeningen" in inhoud
    contact = met_rol(traject, "contactpersoon")
    client.force_login(contact)
    inhoud = client.get(reverse("mijn_trajecten")).content.decode()
    assert "te beoordelen" not in inhoud and "zonder aantekeningen" not in inhoud
