import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from trajecten.models import Gemeente, Rol, Traject, TrajectRol
from visieleren.accounts.models import User

WACHTWOORD = "geheim-wachtwoord-123"


class UserFactory(DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"persoon{n}@voorbeeld.nl")
    # Not a Faker name: accounts are shown by name (getagd door, expertteam), and a random "Jansen" or
    # "de Vries" would collide with the interviewees' names the privacy tests look for.
    naam = factory.Sequence(lambda n: f"Medewerker {n}")
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


# ---- Werving: aanmeldingen --------------------------------------------------------------------


class AanmeldingFactory(DjangoModelFactory):
    class Meta:
        model = "trajecten.Aanmelding"
        skip_postgeneration_save = True

    contact_naam = factory.Faker("name", locale="nl_NL")
    contact_functie = "Beleidsadviseur sociaal domein"
    contact_email = factory.Sequence(lambda n: f"contact{n}@gemeente.example")
    contact_telefoon = "070 373 8393"
    vraag = factory.Sequence(lambda n: f"Hoe verbeteren we de toegang tot schuldhulp? ({n})")
    context = "De wachttijden lopen op."
    toestemming_op = factory.LazyFunction(timezone.now)
    dubbel_sleutel = factory.LazyAttribute(lambda o: f"{o.contact_email}-{o.vraag}"[:64])

    @factory.post_generation
    def gemeenten(obj, create, extracted, **kwargs):
        if create:
            obj.gemeenten.set(extracted or [GemeenteFactory()])


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


# ---- Interviews: deelnemers, duo-interviews, citaten, codes (codeboek branch) --------------------


class BetrokkeneVoorDeelnemerFactory(BetrokkeneFactory):
    perspectief = "uitvoering"


class DeelnemerFactory(DjangoModelFactory):
    """A deelnemer with its own betrokkene (``perspectief``) on the stakeholder map of the same traject."""

    class Meta:
        model = "interviews.Deelnemer"

    class Params:
        perspectief = "uitvoering"

    traject = factory.SubFactory(TrajectFactory)
    betrokkene = factory.SubFactory(
        BetrokkeneVoorDeelnemerFactory,
        traject=factory.SelfAttribute("..traject"),
        perspectief=factory.SelfAttribute("..perspectief"),
    )
    pseudoniem = factory.Sequence(lambda n: f"Uitvoering {n + 1}")
    toestemming_op = factory.Faker("past_date")
    # consent for every scope on the same day, as the migration gives to existing consent
    toestemming_traject_op = factory.SelfAttribute("toestemming_op")
    toestemming_eindrapportage_op = factory.SelfAttribute("toestemming_op")
    toestemming_landelijk_op = factory.SelfAttribute("toestemming_op")


class InterviewFactory(DjangoModelFactory):
    class Meta:
        model = "interviews.Interview"

    traject = factory.SubFactory(TrajectFactory)
    datum = factory.Faker("past_date")
    deelnemer_a = factory.SubFactory(DeelnemerFactory, traject=factory.SelfAttribute("..traject"))
    deelnemer_b = factory.SubFactory(
        DeelnemerFactory,
        traject=factory.SelfAttribute("..traject"),
        perspectief="inwoner",
        pseudoniem=factory.Sequence(lambda n: f"Inwoner {n + 1}"),
    )
    notities = "Wat ging er goed?\nDe wachttijd was kort en de consulent luisterde echt."


class CitaatFactory(DjangoModelFactory):
    """A quote of the text after the first line; pass begin/eind/tekst to change it."""

    class Meta:
        model = "interviews.Citaat"

    interview = factory.SubFactory(InterviewFactory)
    begin = factory.LazyAttribute(lambda o: o.interview.notities.index("\n") + 1)
    eind = factory.LazyAttribute(lambda o: len(o.interview.notities))
    tekst = factory.LazyAttribute(lambda o: o.interview.notities[o.begin : o.eind])
    spreker = factory.LazyAttribute(lambda o: o.interview.deelnemer_a)


class CodeFactory(DjangoModelFactory):
    class Meta:
        model = "interviews.Code"

    groep = "hoofdthema"
    naam = factory.Sequence(lambda n: f"Code {n}")
    kleur = "#1f6f8b"


# ---- Autorisatiematrix: documents, traject codes, taggings, memos ---------------------------------


class DocumentFactory(DjangoModelFactory):
    """A private document of a traject; the file lands under ``settings.PRIVATE_MEDIA_ROOT``."""

    class Meta:
        model = "core.Document"

    traject = factory.SubFactory(TrajectFactory)
    titel = "Besluit college van B&W"
    bestand = factory.django.FileField(filename="besluit.pdf", data=b"%PDF-1.4\n% test\n")
    oorspronkelijke_naam = "besluit.pdf"
    content_type = "application/pdf"
    grootte = 16


class TrajectCodeFactory(CodeFactory):
    """A traject's own code: in the group "traject", or under a code whose group it then takes."""

    ouder = None
    groep = factory.LazyAttribute(lambda o: o.ouder.groep if o.ouder else "traject")
    traject = factory.SubFactory(TrajectFactory)


class TaggingFactory(DjangoModelFactory):
    class Meta:
        model = "interviews.Tagging"

    citaat = factory.SubFactory(CitaatFactory)
    code = factory.SubFactory(CodeFactory)
    door = factory.SubFactory(UserFactory)


class MemoFactory(DjangoModelFactory):
    """A memo on a quote; pass ``citaat=None`` with ``interview`` or ``code`` for the other kinds."""

    class Meta:
        model = "interviews.Memo"

    citaat = factory.SubFactory(CitaatFactory)
    tekst = "Valt op: de wachttijd komt in elk interview terug."
    auteur = factory.SubFactory(UserFactory)
    # The traject the memo is written from: that of its target (pass it for a memo on a shared code).
    traject = factory.LazyAttribute(
        lambda o: (
            o.citaat.interview.traject
            if o.citaat
            else o.interview.traject
            if getattr(o, "interview", None)
            else getattr(o.code, "traject", None)
            if getattr(o, "code", None)
            else None
        )
    )


# ---- Ontwerpen: inzichten and the ontwerpsessie ---------------------------------------------------


def _gedeelde_code(groep):
    from interviews.models import Code

    return Code.objects.filter(groep=groep, traject=None).order_by("volgorde", "pk").first()


class InzichtFactory(DjangoModelFactory):
    class Meta:
        model = "ontwerp.Inzicht"

    traject = factory.SubFactory(TrajectFactory)
    titel = factory.Sequence(lambda n: f"Inzicht {n + 1}")
    toelichting = "Inwoners willen **één** plek."
    hoofdthema = factory.LazyFunction(lambda: _gedeelde_code("hoofdthema"))
    soort = factory.LazyFunction(lambda: _gedeelde_code("soort"))
    stap = "moderatoren"


class OntwerpsessieFactory(DjangoModelFactory):
    class Meta:
        model = "ontwerp.Ontwerpsessie"

    bijeenkomst = factory.SubFactory(BijeenkomstFactory, soort="ontwerpsessie")
    reflectie = "De inzichten herkend."


def duo_interview(*, traject, moderator, notities):
    """The duo-interview most quote tests use: Sanne Bakker (inwoner, "Inwoner 1") and Joris Smit
    (uitvoering, "Uitvoering 1") interview each other; the notes name them."""
    sanne = DeelnemerFactory(
        traject=traject, pseudoniem="Inwoner 1", betrokkene__naam="Sanne Bakker", betrokkene__perspectief="inwoner"
    )
    joris = DeelnemerFactory(
        traject=traject, pseudoniem="Uitvoering 1", betrokkene__naam="Joris Smit", betrokkene__perspectief="uitvoering"
    )
    return InterviewFactory(
        traject=traject, deelnemer_a=sanne, deelnemer_b=joris, moderator=moderator, notities=notities
    )
