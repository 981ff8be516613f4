"""`make load`: a realistic crowd on Visieleren, as locust users that find their work the way people do.

Every user logs in with a demo account (seed_demo) and follows links and forms from the HTML it gets,
so the scenario keeps working when pages change. The mix: team triaging, experts tagging and reviewing,
moderators typing notes (autosave), gemeenten sending aanmeldingen, bestuurders reading and downloading.
Started by load/run.py, which reads the numbers; it can also run alone:
``locust -f load/locustfile.py --host http://127.0.0.1:8000``.
"""

import itertools
import json
import os
import random
import re
from html import unescape
from html.parser import HTMLParser

from locust import HttpUser, between, events, task

WACHTWOORD = os.environ.get("LOAD_WACHTWOORD", "visieleren-demo")
HOSTS = [h for h in os.environ.get("LOAD_HOSTS", "").split(",") if h]
_host_beurt = itertools.count()
AANMELDINGEN_VERSTUURD = {"aantal": 0}


class Formulieren(HTMLParser):
    """The forms of a page: action, method and the fields a browser would send (first option chosen)."""

    def __init__(self):
        super().__init__()
        self.formulieren: list[dict] = []
        self._select: str | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.formulieren.append({"action": a.get("action", ""), "velden": {}, "keuzes": {}, "vinkjes": {}})
        elif not self.formulieren:
            return
        formulier = self.formulieren[-1] if self.formulieren else None
        if tag == "input" and a.get("name"):
            soort = a.get("type", "text")
            if soort in ("checkbox", "radio"):
                formulier["vinkjes"].setdefault(a["name"], []).append(a.get("value", "on"))
            elif soort != "submit":
                formulier["velden"][a["name"]] = a.get("value", "")
        elif tag in ("textarea",) and a.get("name"):
            formulier["velden"][a["name"]] = ""
        elif tag == "select" and a.get("name"):
            self._select = a["name"]
            formulier["keuzes"][self._select] = []
        elif tag == "option" and self._select and a.get("value"):
            formulier["keuzes"][self._select].append(a["value"])

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None


def formulieren(html: str) -> list[dict]:
    parser = Formulieren()
    parser.feed(html)
    return parser.formulieren


def links(html: str, patroon: str) -> list[str]:
    return sorted({unescape(m) for m in re.findall(rf'href="({patroon})"', html)})


class Bezoeker(HttpUser):
    """Base: a host of its own (round robin over LOAD_HOSTS), and a login with a demo account."""

    abstract = True
    wait_time = between(1, 4)
    account = ""

    def __init__(self, environment):
        if HOSTS:
            self.host = HOSTS[next(_host_beurt) % len(HOSTS)]
        super().__init__(environment)

    def on_start(self):
        if self.account:
            self.inloggen()

    def inloggen(self):
        pagina = self.client.get("/accounts/login/", name="/accounts/login/")
        velden = formulieren(pagina.text)[-1]["velden"]
        velden.update({"username": self.account, "password": WACHTWOORD})
        with self.client.post("/accounts/login/", data=velden, name="inloggen", catch_response=True) as antwoord:
            if "/accounts/login/" in antwoord.url:
                antwoord.failure(f"inloggen mislukt voor {self.account}")

    def csrf(self) -> str:
        return self.client.cookies.get("csrftoken", "")

    def post(self, url: str, data: dict, name: str):
        return self.client.post(url, data=data, name=name, headers={"X-CSRFToken": self.csrf(), "Referer": self.host})


class Team(Bezoeker):
    weight = 2
    account = "team@visieleren.test"

    @task(3)
    def overzicht(self):
        self.client.get("/trajecten/", name="/trajecten/")

    @task(2)
    def aanmeldingen(self):
        inbox = self.client.get("/aanmeldingen/", name="/aanmeldingen/")
        for url in random.sample(
            links(inbox.text, r"/aanmeldingen/\d+/"), k=min(1, len(links(inbox.text, r"/aanmeldingen/\d+/")))
        ):
            self.client.get(url, name="/aanmeldingen/[id]/")

    @task(2)
    def traject(self):
        overzicht = self.client.get("/trajecten/", name="/trajecten/")
        trajecten = links(overzicht.text, r"/trajecten/\d+/")
        if trajecten:
            self.client.get(random.choice(trajecten), name="/trajecten/[id]/")


class Expert(Bezoeker):
    weight = 3
    account = "expert@visieleren.test"

    def _citaten(self):
        mijn = self.client.get("/mijn-trajecten/", name="/mijn-trajecten/")
        lijsten = links(mijn.text, r"/trajecten/\d+/citaten/") or [
            f"{u}citaten/" for u in links(mijn.text, r"/trajecten/\d+/")
        ]
        if not lijsten:
            return None, None
        url = random.choice(lijsten)
        return url, self.client.get(url, name="/trajecten/[id]/citaten/")

    @task(4)
    def taggen(self):
        _, pagina = self._citaten()
        if pagina is None:
            return
        toevoegen = [f for f in formulieren(pagina.text) if re.search(r"/citaten/\d+/tags/$", f["action"])]
        if not toevoegen:
            return
        formulier = random.choice(toevoegen)
        codes = formulier["keuzes"].get("code", [])
        if codes:
            antwoord = self.post(
                formulier["action"], {**formulier["velden"], "code": random.choice(codes)}, "tag toevoegen"
            )
            verwijderen = [f for f in formulieren(antwoord.text) if re.search(r"/tags/\d+/verwijderen/$", f["action"])]
            if verwijderen and random.random() < 0.5:
                formulier = random.choice(verwijderen)
                self.post(formulier["action"], formulier["velden"], "tag verwijderen")

    @task(2)
    def beoordelen(self):
        url, _ = self._citaten()
        if url:
            self.client.get(url.replace("/citaten/", "/beoordelen/"), name="/trajecten/[id]/beoordelen/")

    @task(1)
    def zoeken(self):
        url, _ = self._citaten()
        if url:
            term = random.choice(["wachttijd", "huisarts", "regie", "inwoner", "wijkteam"])
            self.client.get(f"{url}?q={term}", name="/trajecten/[id]/citaten/?q=")


class Moderator(Bezoeker):
    weight = 2
    account = "moderator@visieleren.test"

    @task
    def aantekeningen_typen(self):
        mijn = self.client.get("/mijn-trajecten/", name="/mijn-trajecten/")
        trajecten = links(mijn.text, r"/trajecten/\d+/")
        if not trajecten:
            return
        lijst = self.client.get(random.choice(trajecten) + "interviews/", name="/trajecten/[id]/interviews/")
        bewerkbaar = links(lijst.text, r"/trajecten/\d+/interviews/\d+/aantekeningen/")
        if not bewerkbaar:
            interviews = links(lijst.text, r"/trajecten/\d+/interviews/\d+/")
            if not interviews:
                return
            pagina = self.client.get(random.choice(interviews), name="/trajecten/[id]/interviews/[id]/")
            bewerkbaar = links(pagina.text, r"/trajecten/\d+/interviews/\d+/aantekeningen/")
            if not bewerkbaar:
                return
        url = random.choice(bewerkbaar)
        editor = self.client.get(url, name="/trajecten/[id]/interviews/[id]/aantekeningen/")
        concept = [f for f in formulieren(editor.text) if f["action"].endswith("/concept/")]
        tekst = re.search(r"<textarea[^>]*>(.*?)</textarea>", editor.text, re.S)
        if concept and tekst:
            basis = unescape(tekst.group(1))
            for stap in range(3):  # three autosaves while typing
                velden = {**concept[0]["velden"], "notities": f"{basis}\nAanvulling {stap} door de moderator."}
                self.client.post(
                    concept[0]["action"],
                    data=velden,
                    name="autosave concept",
                    headers={"HX-Request": "true", "X-CSRFToken": self.csrf(), "Referer": self.host},
                )


class Gemeente(Bezoeker):
    """No account: the public aanmelding form, filled in as a person would."""

    weight = 1
    wait_time = between(3, 8)

    @task
    def aanmelden(self):
        pagina = self.client.get("/aanmelden/", name="/aanmelden/")
        formulier = next((f for f in formulieren(pagina.text) if "aanmelden" in f["action"] or not f["action"]), None)
        if formulier is None:
            return
        nummer = random.randint(1, 10**9)
        velden = {
            **formulier["velden"],
            "contact_naam": "Load Test",
            "contact_functie": "Beleidsadviseur",
            "contact_email": f"load{nummer}@gemeente.example",
            "contact_telefoon": "070 373 8393",
            "gemeente_anders": "",
            "vraag": f"Hoe richten wij de toegang in zodat inwoners één loket hebben? ({nummer})",
            "context": "Lange wachttijden bij het wijkteam.",
            "betrokkenen": "Beleid en uitvoering.",
        }
        velden["website"] = ""  # the honeypot stays empty, as for a person
        data = list(velden.items())
        for naam, waarden in formulier["vinkjes"].items():
            data.append((naam, waarden[0]))
        with self.client.post(
            "/aanmelden/", data=data, name="aanmelding versturen", catch_response=True, allow_redirects=False
        ) as antwoord:
            if antwoord.status_code == 302 and "verstuurd" in antwoord.headers.get("Location", ""):
                AANMELDINGEN_VERSTUURD["aantal"] += 1
            else:
                antwoord.failure(f"aanmelding niet aangenomen: {antwoord.status_code}")


class Bestuurder(Bezoeker):
    weight = 1
    account = "bestuurder@visieleren.test"

    @task
    def lezen_en_downloaden(self):
        mijn = self.client.get("/mijn-trajecten/", name="/mijn-trajecten/")
        trajecten = links(mijn.text, r"/trajecten/\d+/")
        if not trajecten:
            return
        pagina = self.client.get(random.choice(trajecten), name="/trajecten/[id]/")
        for url in links(pagina.text, r"/(?:documenten|rapporten)/[^\"]+")[:1]:
            self.client.get(url, name="download")


@events.quitting.add_listener
def _tellingen_bewaren(environment, **_kwargs):
    pad = os.environ.get("LOAD_TELLINGEN")
    if pad:
        with open(pad, "w", encoding="utf-8") as f:
            json.dump(AANMELDINGEN_VERSTUURD, f)
