"""The demo tells the report's story: hand-chosen tags, material on every afgerond and borgen traject,
Tabel 1 in order with its marks and dates, and something to do on every demo account's start page."""

import time
from datetime import date

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from interviews.demo.codeboek import verwachte_tags
from interviews.demo.tags import BEOORDELINGEN, NOG_TE_TAGGEN, TAGS
from interviews.models import Beoordeling, Citaat, Code, Deelnemer, Interview, Memo, Tagging
from interviews.selectors.codeboek import citaten_ongetagd_per_traject, te_beoordelen_citaten
from trajecten.data.tabel1 import TRAJECTEN
from trajecten.models import Betrokkene, Bijeenkomst, FaseOvergang, Status, Traject
from trajecten.services.aanmelding import capaciteit
from visieleren.accounts.models import User

pytestmark = pytest.mark.django_db

VENSTER = (date(2022, 9, 1), date(2024, 4, 30))  # the report: September 2022 – April 2024
TITELS = [rij[1] for rij in TRAJECTEN]


@pytest.fixture
def demo(db):
    call_command("seed_demo", force=True)


def _pad(code: Code) -> str:
    return str(code)  # "Ouder > Naam" or "Naam", the way the mapping writes it


def _actieve_tags(citaat) -> set[str]:
    return {_pad(t.code) for t in citaat.taggings.filter(verwijderd_op__isnull=True).select_related("code__ouder")}


def _tabel1_en_borgen():
    """Every afgerond and every borgen-phase traject of the demo."""
    return Traject.objects.filter(titel__in=TITELS).filter(status=Status.AFGEROND) | Traject.objects.filter(
        status=Status.LOPEND, fase="borgen"
    )


def test_tags_zijn_precies_de_handgeschreven_mapping(demo):
    citaten = list(Citaat.objects.select_related("interview"))
    assert {c.tekst for c in citaten} == set(TAGS), "every demo quote has a hand-chosen entry, and no more"
    for citaat in citaten:
        assert _actieve_tags(citaat) == verwachte_tags(citaat.tekst), citaat.tekst
    # No keyword or rotation: the mapping itself gives every quote a hoofdthema and a soort.
    hoofdthemas = {"Inwoner centraal", "Rust en regie", "Balans lokaal en regionaal"}
    for tekst, paden in TAGS.items():
        assert {p.split(" > ")[0] for p in paden} & hoofdthemas, tekst
        assert len({"Dilemma/uitdaging", "Werkzaam element"} & set(paden)) == 1, tekst
    assert set(NOG_TE_TAGGEN) <= set(TAGS) and set(BEOORDELINGEN) <= set(TAGS)


def test_beoordelingen_van_een_tweede_expert_volgen_de_mapping(demo):
    for citaat in Citaat.objects.prefetch_related("beoordelingen__code__ouder", "taggings"):
        gegeven = {(_pad(b.code), b.oordeel) for b in citaat.beoordelingen.all()}
        if citaat.tekst not in BEOORDELINGEN:
            assert gegeven == set(), citaat.tekst
            continue
        mapping = BEOORDELINGEN[citaat.tekst]
        verwacht = {(p, "oneens" if p in mapping.get("oneens", ()) else "eens") for p in TAGS[citaat.tekst]}
        verwacht |= {(p, "toegevoegd") for p in mapping.get("toegevoegd", ())}
        assert gegeven == verwacht, citaat.tekst
        beoordelaars = {b.door_id for b in citaat.beoordelingen.all()}
        toegevoegd = {b.code_id for b in citaat.beoordelingen.all() if b.oordeel == "toegevoegd"}
        codeurs = {t.door_id for t in citaat.taggings.all() if t.code_id not in toegevoegd}
        assert len(beoordelaars) == 1 and not beoordelaars & codeurs, "reviewed by a second expert"
    oordelen = set(Beoordeling.objects.values_list("oordeel", flat=True))
    assert oordelen == {"eens", "oneens", "toegevoegd"}


def test_elk_hoofdthema_heeft_dilemmas_en_werkzame_elementen(demo):
    for hoofdthema in Code.objects.filter(groep=Code.Groep.HOOFDTHEMA, ouder=None):
        codes = [hoofdthema.pk, *hoofdthema.kinderen.values_list("pk", flat=True)]
        citaten = Citaat.objects.filter(taggings__code__in=codes, taggings__verwijderd_op__isnull=True).distinct()
        for soort in ("Dilemma/uitdaging", "Werkzaam element"):
            aantal = citaten.filter(taggings__code__naam=soort, taggings__verwijderd_op__isnull=True).count()
            assert aantal >= 5, (hoofdthema.naam, soort, aantal)  # well represented, not one token quote


def test_elk_afgerond_en_borgen_traject_heeft_materiaal_uit_luisteren(demo):
    trajecten = list(_tabel1_en_borgen())
    assert len(trajecten) == 7  # afgerond: 1, 2, 3, 6, 8; borgen: 5, 7
    for traject in trajecten:
        deelnemers = Deelnemer.objects.filter(traject=traject).select_related("betrokkene")
        assert len({d.betrokkene.perspectief for d in deelnemers}) >= 4, traject
        interviews = list(Interview.objects.filter(traject=traject).select_related("deelnemer_a__betrokkene"))
        assert 2 <= len(interviews) <= 4, traject
        for interview in interviews:
            assert len(interview.notities.split()) >= 300, interview
            assert interview.deelnemer_a.betrokkene.naam.split()[0] in interview.notities
            assert interview.moderator_id is not None
        citaten = Citaat.objects.filter(interview__traject=traject)
        assert citaten.count() >= 6, traject
        assert Tagging.objects.filter(citaat__interview__traject=traject, verwijderd_op__isnull=True).exists()
        assert Beoordeling.objects.filter(citaat__interview__traject=traject).exists(), traject
        assert (
            Memo.objects.filter(citaat__interview__traject=traject).exists()
            or Memo.objects.filter(interview__traject=traject).exists()
        ), traject
        if traject.status == Status.AFGEROND:
            assert citaten_ongetagd_per_traject([traject.pk]).get(traject.pk, 0) == 0, traject


def test_tabel_1_volgorde_markering_redenen_en_data(demo):
    trajecten = list(Traject.objects.filter(titel__in=TITELS).order_by("pk"))
    assert [t.titel for t in trajecten] == TITELS
    assert trajecten[0].titel == "Schouwen-Duiveland (pilot)"
    assert Traject.objects.get(titel="Westland").reden_einde == "Geannuleerd"
    assert Traject.objects.get(titel="Oldenzaal").reden_einde == "Vanwege gewijzigde timing en voortschrijdend inzicht"
    begin, eind = VENSTER
    geeindigd = [t for t in trajecten if t.status != Status.LOPEND]
    assert len(geeindigd) == 7
    starts = [t.geplande_start for t in geeindigd]
    assert starts == sorted(starts), "the ended trajecten started in the order of Tabel 1"
    for traject in geeindigd:
        for dag in (traject.geplande_start, traject.geplande_eind, traject.werkelijke_start, traject.werkelijke_eind):
            assert dag is None or begin <= dag <= eind, (traject, dag)
        for bijeenkomst in Bijeenkomst.objects.filter(traject=traject):
            assert begin <= timezone.localtime(bijeenkomst.begin).date() <= eind, bijeenkomst
        for overgang in FaseOvergang.objects.filter(traject=traject):
            assert begin <= timezone.localtime(overgang.op).date() <= eind, overgang
        for interview in Interview.objects.filter(traject=traject):
            assert begin <= interview.datum <= eind, interview
    for traject in trajecten:
        if traject.status == Status.LOPEND:
            assert not traject.is_over_tijd and traject.geplande_eind > timezone.localdate()
    # Trajecten started per year (capacity): 2022 and 2023 in the report's period; Westland never started.
    assert capaciteit(2022)["gebruikt"] == 3
    assert capaciteit(2023)["gebruikt"] == 3


def test_periode_kolom_werkbezoek_en_inwonerssessie(demo):
    ehz = Traject.objects.get(titel="Ermelo Harderwijk Zeewolde")
    werkbezoek = ehz.bijeenkomsten.get(soort=Bijeenkomst.Soort.WERKBEZOEK)
    assert timezone.localtime(werkbezoek.begin).date() <= ehz.werkelijke_eind
    twenterand = Traject.objects.get(titel="Twenterand")
    sessie = twenterand.bijeenkomsten.get(soort=Bijeenkomst.Soort.INWONERSSESSIE)
    borging = twenterand.bijeenkomsten.get(soort=Bijeenkomst.Soort.BORGINGSESSIE)
    assert timezone.now() < sessie.begin < borging.begin  # "in 2024 nog een inwonerssessie en een borgingsessie"
    assert Bijeenkomst.objects.filter(soort=Bijeenkomst.Soort.WERKBEZOEK).count() == 1
    assert Bijeenkomst.objects.filter(soort=Bijeenkomst.Soort.INWONERSSESSIE).count() == 1


def test_kernvragen_zijn_vragen(demo):
    kernvragen = list(Traject.objects.exclude(kernvraag="").values_list("titel", "kernvraag"))
    assert len(kernvragen) >= 10
    for titel, kernvraag in kernvragen:
        assert kernvraag.strip().endswith("?") and kernvraag.count("?") == 1, titel


def test_demo_accounts_hebben_werk_op_hun_startpagina(demo, client):
    expert = User.objects.get(email="expert@visieleren.test")
    moderator = User.objects.get(email="moderator@visieleren.test")
    lopend = Traject.objects.filter(status=Status.LOPEND)
    expert_trajecten = lopend.filter(rollen__user=expert, rollen__rol="expert").distinct()
    ongetagd = citaten_ongetagd_per_traject([t.pk for t in expert_trajecten])
    assert sum(ongetagd.values()) == len(NOG_TE_TAGGEN)
    te_beoordelen = [
        c for t in expert_trajecten for c in te_beoordelen_citaten(traject=t, user=expert) if not c.door_mij_beoordeeld
    ]
    assert len(te_beoordelen) >= 5
    assert Interview.objects.filter(traject__in=lopend, moderator=moderator, notities="").exists()
    client.force_login(expert)
    inhoud = client.get(reverse("mijn_trajecten")).content.decode()
    assert (
        f"{len(NOG_TE_TAGGEN)} citaten zonder tag" in inhoud and f"{len(te_beoordelen)} citaten te beoordelen" in inhoud
    )
    client.force_login(moderator)
    assert "1 duo-interview zonder aantekeningen" in client.get(reverse("mijn_trajecten")).content.decode()


def test_seed_demo_is_idempotent_en_snel(capsys):
    modellen = [Traject, Betrokkene, Deelnemer, Interview, Citaat, Code, Tagging, Beoordeling, Memo, Bijeenkomst]
    begin = time.monotonic()
    call_command("seed_demo", force=True)
    eerste_duur = time.monotonic() - begin
    eerste = [m.objects.count() for m in modellen]
    begin = time.monotonic()
    call_command("seed_demo", force=True)
    tweede_duur = time.monotonic() - begin
    assert [m.objects.count() for m in modellen] == eerste
    with capsys.disabled():
        print(f"\nseed_demo: eerste keer {eerste_duur:.1f} s, tweede keer {tweede_duur:.1f} s")
    assert "Demodata geladen in" in capsys.readouterr().out
    assert eerste_duur < 30 and tweede_duur < 30  # < 10 s on an idle machine; a wide margin for busy CI
