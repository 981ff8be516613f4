import factory
from factory.django import DjangoModelFactory

from trajecten.models import Gemeente, Rol, Traject, TrajectRol
from visieleren.accounts.models import User

WACHTWOORD = "geheim-wachtwoord-123"


class UserFactory(DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"persoon{n}@voorbeeld.nl")
    naam = factory.Faker("name", locale="nl_NL")
    password = factory.PostGenerationMethodCall("set_password", WACHTWOORD)

    @factory.post_generation
    def _opslaan(obj, create, extracted, **kwargs):
        if create:
            obj.save()


class TeamFactory(UserFactory):
    is_team = True


class GemeenteFactory(DjangoModelFactory):
    class Meta:
        model = Gemeente
        django_get_or_create = ["naam"]

    naam = factory.Sequence(lambda n: f"Gemeente {n}")


class TrajectFactory(DjangoModelFactory):
    class Meta:
        model = Traject
        skip_postgeneration_save = True

    titel = factory.Sequence(lambda n: f"Traject {n}")
    vraagstuk = "Hoe richten we de toegang in met inwoners?"

    @factory.post_generation
    def gemeenten(obj, create, extracted, **kwargs):
        if create:
            obj.gemeenten.set(extracted or [GemeenteFactory()])


class TrajectRolFactory(DjangoModelFactory):
    class Meta:
        model = TrajectRol

    traject = factory.SubFactory(TrajectFactory)
    user = factory.SubFactory(UserFactory)
    rol = Rol.EXPERT


def met_rol(traject, rol, user=None):
    """A user with one role on one traject."""
    return TrajectRolFactory(traject=traject, rol=rol, user=user or UserFactory()).user


# ---- Starten ------------------------------------------------------------------------------------------


def _over_dagen(dagen):
    from datetime import timedelta

    from django.utils import timezone

    return timezone.now().replace(microsecond=0) + timedelta(days=dagen)


def _uren(uren):
    from datetime import timedelta

    return timedelta(hours=uren)


class ExpertProfielFactory(DjangoModelFactory):
    class Meta:
        model = "trajecten.ExpertProfiel"
        skip_postgeneration_save = True

    user = factory.SubFactory(UserFactory)
    organisatie = "Bureau Voorbeeld"

    @factory.post_generation
    def expertise(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.expertise.set(extracted)


class BetrokkeneFactory(DjangoModelFactory):
    class Meta:
        model = "trajecten.Betrokkene"

    traject = factory.SubFactory(TrajectFactory)
    naam = factory.Faker("name", locale="nl_NL")
    organisatie = "Gemeente Voorbeeld"
    functie = "beleidsadviseur"
    perspectief = "beleid"
    email = factory.Sequence(lambda n: f"betrokkene{n}@voorbeeld.nl")
    telefoon = "06-12345678"


class BijeenkomstFactory(DjangoModelFactory):
    class Meta:
        model = "trajecten.Bijeenkomst"

    traject = factory.SubFactory(TrajectFactory)
    soort = "kick-off"
    begin = factory.LazyFunction(lambda: _over_dagen(7))
    eind = factory.LazyAttribute(lambda o: o.begin + _uren(2))
    plaats = "Gemeentehuis"
    agenda = "Kennismaken"
