from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from trajecten import urls_werving
from trajecten.views import starten as trajecten_starten
from visieleren import health, views
from visieleren.accounts import views as account_views
from visieleren.core import views as core_views

handler400 = "visieleren.views.ongeldig_verzoek"

admin.site.site_header = "Visieleren beheer"
admin.site.site_title = "Visieleren beheer"

urlpatterns = [
    path("", views.start, name="start"),
    path("health/", health.health, name="health"),
    path("privacy/", views.privacy, name="privacy"),
    path("accounts/login/", account_views.InloggenView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("accounts/tweestaps/", account_views.tweestaps, name="tweestaps"),
    path("accounts/tweestaps/instellen/", account_views.tweestaps_instellen, name="tweestaps_instellen"),
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
    path("mensen/", include("visieleren.accounts.urls")),
    path("trajecten/", include("trajecten.urls")),
    path("aanmelden/", include(urls_werving.aanmelden)),
    path("aanmeldingen/", include(urls_werving.aanmeldingen)),
    path("gemeenten/", include(urls_werving.gemeenten_urls)),
    path("", include("interviews.urls_codeboek")),
    path("mijn-trajecten/", trajecten_starten.mijn_trajecten, name="mijn_trajecten"),
    path("expertpool/", trajecten_starten.expertpool, name="expertpool"),
    path("expertpool/nieuw/", trajecten_starten.expertprofiel_nieuw, name="expertprofiel_nieuw"),
    path("expertpool/<int:profiel_pk>/", trajecten_starten.expertprofiel_bewerken, name="expertprofiel_bewerken"),
    path("trajecten/<int:traject_pk>/", include("interviews.urls")),
    path("documenten/<int:pk>/", core_views.document_download, name="document_download"),
    path("beheer/", admin.site.urls),
]
