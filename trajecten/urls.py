from django.urls import path

from trajecten import views

app_name = "trajecten"
urlpatterns = [
    path("", views.overzicht, name="overzicht"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/logboek/", views.logboek, name="logboek"),
    path("<int:pk>/documenten/", views.document_uploaden, name="document_uploaden"),
]
