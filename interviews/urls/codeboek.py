"""Codebook at /codeboek/, and per traject: quotes with tagging, review and memos under /trajecten/<id>/."""

from django.urls import path

from interviews.views import codeboek as views

app_name = "codeboek"
urlpatterns = [
    path("codeboek/", views.codeboek, name="codeboek"),
    path("codeboek/nieuw/", views.code_nieuw, name="code_nieuw"),
    path("codeboek/<int:pk>/", views.code_detail, name="code"),
    path("codeboek/<int:pk>/bewerken/", views.code_bewerken, name="code_bewerken"),
    path("codeboek/<int:pk>/samenvoegen/", views.code_samenvoegen, name="code_samenvoegen"),
    path("codeboek/<int:pk>/uitfaseren/", views.code_actief, {"actief": False}, name="code_uitfaseren"),
    path("codeboek/<int:pk>/activeren/", views.code_actief, {"actief": True}, name="code_activeren"),
    path("codeboek/<int:pk>/verwijderen/", views.code_verwijderen, name="code_verwijderen"),
    path("codeboek/<int:pk>/memo/", views.code_memo, name="code_memo"),
    path("trajecten/<int:traject_pk>/codes/nieuw/", views.trajectcode_nieuw, name="trajectcode_nieuw"),
    path("trajecten/<int:traject_pk>/citaten/", views.citaten, name="citaten"),
    path("trajecten/<int:traject_pk>/citaten/<int:pk>/", views.citaat, name="citaat"),
    path("trajecten/<int:traject_pk>/citaten/<int:pk>/tags/", views.tag_toevoegen, name="tag_toevoegen"),
    path(
        "trajecten/<int:traject_pk>/citaten/<int:pk>/tags/<int:tagging_pk>/verwijderen/",
        views.tag_verwijderen,
        name="tag_verwijderen",
    ),
    path("trajecten/<int:traject_pk>/citaten/<int:pk>/memo/", views.citaat_memo, name="citaat_memo"),
    path("trajecten/<int:traject_pk>/citaten/<int:pk>/beoordelen/", views.citaat_beoordelen, name="citaat_beoordelen"),
    path("trajecten/<int:traject_pk>/beoordelen/", views.beoordelen, name="beoordelen"),
    path("trajecten/<int:traject_pk>/interviews/<int:pk>/memos/", views.interview_memos, name="interview_memos"),
]
