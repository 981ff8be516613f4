"""Factories of Borgen (beside tests/factories.py, which holds those of the other phases)."""

import secrets
from datetime import timedelta
from decimal import Decimal

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from borging.models.evaluatie import token_hash
from borging.services.evaluatie import evaluatie_token
from tests.factories import BetrokkeneFactory, BijeenkomstFactory, TrajectFactory


class StreefwaardeFactory(DjangoModelFactory):
    class Meta:
        model = "borging.Streefwaarde"

    traject = factory.SubFactory(TrajectFactory)
    indicator = factory.Sequence(lambda n: f"Wachttijd tot het eerste gesprek {n}")
    eenheid = "weken"
    nulmeting = Decimal("6")
    doel = Decimal("2")
    afgesproken_op = factory.LazyFunction(lambda: timezone.localdate() - timedelta(days=200))


class ObservatieFactory(DjangoModelFactory):
    class Meta:
        model = "borging.Observatie"

    streefwaarde = factory.SubFactory(StreefwaardeFactory)
    datum = factory.LazyFunction(lambda: timezone.localdate() - timedelta(days=100))
    waarde = Decimal("4")
    stand = "Iets korter"
    verhaal = "Een inwoner vertelde dat het sneller ging."


class BorgingsessieFactory(BijeenkomstFactory):
    soort = "borgingsessie"
    agenda = "Eindrapportage bespreken"


class AfspraakFactory(DjangoModelFactory):
    class Meta:
        model = "borging.Afspraak"

    bijeenkomst = factory.SubFactory(BorgingsessieFactory)
    omschrijving = "De vaste inloop blijft bestaan."
    opvolger = "teamleider toegang"


class NazorggesprekFactory(DjangoModelFactory):
    class Meta:
        model = "borging.Nazorggesprek"

    traject = factory.SubFactory(TrajectFactory)
    datum = factory.LazyFunction(timezone.localdate)
    gesproken_met = "wethouder"
    notities = "Goed gesprek over de inloop."


class UitnodigingFactory(DjangoModelFactory):
    """An invitation as the service makes it; ``token(uitnodiging)`` gives its link's token."""

    class Meta:
        model = "borging.EvaluatieUitnodiging"

    traject = factory.SubFactory(TrajectFactory)
    betrokkene = factory.SubFactory(BetrokkeneFactory, traject=factory.SelfAttribute("..traject"))
    sleutel = factory.LazyFunction(lambda: secrets.token_hex(32))
    hash = factory.LazyAttribute(lambda o: token_hash(evaluatie_token(o.sleutel)))
    verloopt_op = factory.LazyFunction(lambda: timezone.now() + timedelta(days=30))


def token(uitnodiging) -> str:
    return evaluatie_token(uitnodiging.sleutel)


class EvaluatieAntwoordFactory(DjangoModelFactory):
    class Meta:
        model = "borging.EvaluatieAntwoord"

    traject = factory.SubFactory(TrajectFactory)
    datum = factory.LazyFunction(timezone.localdate)
    proces_duidelijk = 4
    proces_gehoord = 5
    inzichten_herkenbaar = 4
    inzichten_nieuw = 3
    vervolg_vertrouwen = 3
    vervolg_rol = 4
