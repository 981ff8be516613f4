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


# ---- Luisteren: deelnemers, duo-interviews, citaten (interviews app) ----------------------------


class BetrokkeneFactory(DjangoModelFactory):
    class Meta:
        model = "trajecten.Betrokkene"

    traject = factory.SubFactory(TrajectFactory)
    naam = factory.Faker("name", locale="nl_NL")
    organisatie = "Gemeente"
    perspectief = "uitvoering"


class DeelnemerFactory(DjangoModelFactory):
    class Meta:
        model = "interviews.Deelnemer"

    traject = factory.SubFactory(TrajectFactory)
    betrokkene = factory.SubFactory(BetrokkeneFactory, traject=factory.SelfAttribute("..traject"))
    pseudoniem = factory.Sequence(lambda n: f"Uitvoering {n + 1}")
    toestemming_op = factory.Faker("past_date")


class InterviewFactory(DjangoModelFactory):
    class Meta:
        model = "interviews.Interview"

    traject = factory.SubFactory(TrajectFactory)
    datum = factory.Faker("past_date")
    deelnemer_a = factory.SubFactory(DeelnemerFactory, traject=factory.SelfAttribute("..traject"))
    deelnemer_b = factory.SubFactory(
        DeelnemerFactory,
        traject=factory.SelfAttribute("..traject"),
        betrokkene__perspectief="inwoner",
        pseudoniem=factory.Sequence(lambda n: f"Inwoner {n + 1}"),
    )
    notities = "Wat ging er goed?\nDe wachttijd was kort en de consulent luisterde echt."


class CitaatFactory(DjangoModelFactory):
    """A quote of the first sentence-part after the first line; pass begin/eind/tekst to change it."""

    class Meta:
        model = "interviews.Citaat"

    interview = factory.SubFactory(InterviewFactory)
    begin = factory.LazyAttribute(lambda o: o.interview.notities.index("\n") + 1)
    eind = factory.LazyAttribute(lambda o: len(o.interview.notities))
    tekst = factory.LazyAttribute(lambda o: o.interview.notities[o.begin : o.eind])
    spreker = factory.LazyAttribute(lambda o: o.interview.deelnemer_a)
