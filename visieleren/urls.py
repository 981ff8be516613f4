from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from borging.urls import eindrapportage as eindrapportage_urls
from borging.urls import evaluatie as evaluatie_urls
from trajecten.urls import aanmelding as aanmelding_urls
from trajecten.views import starten as trajecten_starten
from visieleren import health, views
from visieleren.accounts import passkey_views
from visieleren.accounts import views as account_views
from visieleren.core import views as core_views

handler400 = "visieleren.views.ongeldig_verzoek"

admin.site.site_header = "Visieleren beheer"
admin.site.site_title = "Visieleren beheer"

urlpatterns = [
    path("", views.start, name="start"),
    path("health/", health.health, name="health"),
    path("privacy/", views.privacy, name="privacy"),
    path("verwerkingsregister/", core_views.verwerkingsregister, name="verwerkingsregister"),
    path(
        "verwerkingsregister/download/",
        core_views.verwerkingsregister_download,
        name="verwerkingsregister_download",
    ),
    path("accounts/login/", account_views.InloggenView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("accounts/tweestaps/", account_views.tweestaps, name="tweestaps"),
    path("accounts/tweestaps/instellen/", account_views.tweestaps_instellen, name="tweestaps_instellen"),
    # Passkeys at the second step: under /accounts/tweestaps/, open before the second step is passed.
    path("accounts/tweestaps/passkey/begin/", passkey_views.InloggenBegin.as_view(), name="passkey_inloggen_begin"),
    path(
        "accounts/tweestaps/passkey/voltooien/",
        passkey_views.InloggenVoltooien.as_view(),
        name="passkey_inloggen_voltooien",
    ),
    # The 2FA settings page and the passkeys on it (for staff only after the second step).
    path("accounts/beveiliging/", passkey_views.beveiliging, name="beveiliging"),
    path(
        "accounts/beveiliging/passkeys/toevoegen/begin/",
        passkey_views.RegistratieBegin.as_view(),
        name="passkey_registratie_begin",
    ),
    path(
        "accounts/beveiliging/passkeys/toevoegen/voltooien/",
        passkey_views.RegistratieVoltooien.as_view(),
        name="passkey_registratie_voltooien",
    ),
    path("accounts/beveiliging/passkeys/<int:pk>/naam/", passkey_views.passkey_naam, name="passkey_naam"),
    path(
        "accounts/beveiliging/passkeys/<int:pk>/verwijderen/",
        passkey_views.passkey_verwijderen,
        name="passkey_verwijderen",
    ),
    path("accounts/wachtwoord-vergeten/", account_views.WachtwoordVergetenView.as_view(), name="password_reset"),
    path(
        "accounts/wachtwoord-vergeten/verstuurd/",
        auth_views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "accounts/wachtwoord-instellen/<uidb64>/<token>/",
        account_views.WachtwoordInstellenView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "accounts/wachtwoord-ingesteld/",
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    path(
        "accounts/wachtwoord-wijzigen/",
        account_views.WachtwoordWijzigenView.as_view(),
        name="password_change",
    ),
    path("mensen/", include("visieleren.accounts.urls")),
    path("trajecten/", include("trajecten.urls")),
    path("aanmelden/", include(aanmelding_urls.aanmelden)),
    path("aanmeldingen/", include(aanmelding_urls.aanmeldingen)),
    path("gemeenten/", include(aanmelding_urls.gemeenten_urls)),
    path("", include("interviews.urls.codeboek")),
    path("", include("interviews.urls.uitwisseling")),
    path("", include("interviews.urls.vrijgave")),
    path("mijn-trajecten/", trajecten_starten.mijn_trajecten, name="mijn_trajecten"),
    path("expertpool/", trajecten_starten.expertpool, name="expertpool"),
    path("expertpool/nieuw/", trajecten_starten.expertprofiel_nieuw, name="expertprofiel_nieuw"),
    path("expertpool/<int:profiel_pk>/", trajecten_starten.expertprofiel_bewerken, name="expertprofiel_bewerken"),
    path("trajecten/<int:traject_pk>/", include("interviews.urls.interviews")),
    path("trajecten/<int:traject_pk>/", include("ontwerp.urls")),
    path("trajecten/<int:traject_pk>/borging/", include("borging.urls")),
    path("rode-draden/", include("rodedraden.urls.rapport")),
    path("trajecten/<int:traject_pk>/reflecties/", include("rodedraden.urls.reflecties")),
    path("evaluatie/", include(evaluatie_urls.publiek)),
    path("rapporten/", include(eindrapportage_urls.rapporten)),
    path("documenten/<int:pk>/", core_views.document_download, name="document_download"),
    path("beheer/", admin.site.urls),
]
