"""Request and response rules that hold for every page."""

from django.shortcuts import render

# Features no page of Visieleren uses; a script injected anyway cannot turn them on. Passkeys
# (WebAuthn) only on our own pages, never in a frame of another site.
PERMISSIONS_POLICY = ", ".join(
    [
        "publickey-credentials-create=(self)",
        "publickey-credentials-get=(self)",
    ]
    + [
        f"{functie}=()"
        for functie in (
            "accelerometer",
            "camera",
            "display-capture",
            "geolocation",
            "gyroscope",
            "magnetometer",
            "microphone",
            "payment",
            "usb",
            "browsing-topics",
        )
    ]
)


class VeiligeInvoerMiddleware:
    """Refuse a NUL character in the query string with a Dutch 400 (PostgreSQL cannot store or
    compare it, so any search with one would end in a 500), and send ``Permissions-Policy``."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if any("\x00" in sleutel or any("\x00" in w for w in waarden) for sleutel, waarden in request.GET.lists()):
            melding = "De zoekopdracht of het adres bevat een ongeldig teken. Pas het aan en probeer opnieuw."
            response = render(request, "400.html", {"melding": melding}, status=400)
        else:
            response = self.get_response(request)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response
