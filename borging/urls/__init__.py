"""URLs of Borgen under ``/trajecten/<traject_pk>/borging/`` (namespace "borging"), one module per
sub-domain; the public questionnaire lives at ``/evaluatie/`` (``evaluatie.publiek``), the reports at
``/rapporten/`` (``eindrapportage.rapporten``)."""

from borging.urls import borgingsessie, eindrapportage, evaluatie, nazorg, streefwaarden

app_name = "borging"
urlpatterns = [
    *streefwaarden.urlpatterns,
    *borgingsessie.urlpatterns,
    *evaluatie.urlpatterns,
    *nazorg.urlpatterns,
    *eindrapportage.urlpatterns,
]
