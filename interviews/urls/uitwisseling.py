"""Exports per traject under /trajecten/<id>/export/; under /codeboek/ the QDC and the quotes of one code."""

from django.urls import path

from interviews.views import uitwisseling as views

app_name = "uitwisseling"
urlpatterns = [
    path("trajecten/<int:traject_pk>/export/", views.export, name="export"),
    path("trajecten/<int:traject_pk>/export/citaten.csv", views.citaten_csv, name="citaten_csv"),
    path("trajecten/<int:traject_pk>/export/citaten.xlsx", views.citaten_xlsx, name="citaten_xlsx"),
    path("trajecten/<int:traject_pk>/export/project.qdpx", views.project_qdpx, name="project_qdpx"),
    path("codeboek/export.qdc", views.codeboek_qdc, name="codeboek_qdc"),
    path("codeboek/<int:pk>/citaten.csv", views.code_citaten_csv, name="code_citaten_csv"),
    path("codeboek/<int:pk>/citaten.xlsx", views.code_citaten_xlsx, name="code_citaten_xlsx"),
    path("codeboek/importeren/", views.codeboek_importeren, name="codeboek_importeren"),
]
