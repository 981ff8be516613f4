from django.urls import path

from visieleren.accounts import views

app_name = "accounts"
urlpatterns = [
    path("", views.mensen, name="mensen"),
    path("uitnodigen/", views.uitnodigen, name="uitnodigen"),
    path("<int:pk>/", views.persoon, name="persoon"),
    path("<int:pk>/rollen/", views.rol_toekennen, name="rol_toekennen"),
    path("<int:pk>/rollen/<int:rol_pk>/intrekken/", views.rol_intrekken, name="rol_intrekken"),
    path("<int:pk>/activeren/", views.activeren, name="activeren"),
    path("<int:pk>/uitnodigen/", views.opnieuw_uitnodigen, name="opnieuw_uitnodigen"),
]
