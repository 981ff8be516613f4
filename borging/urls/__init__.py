"""URLs of Borgen under ``/trajecten/<traject_pk>/borging/`` (namespace "borging"), one module per
sub-domain; the public questionnaire lives at ``/evaluatie/`` (``evaluatie.publiek``)."""

from borging.urls import borgingsessie, evaluatie, nazorg, streefwaarden

app_name = "borging"
urlpatterns = [
    *streefwaarden.urlpatterns,
    *borgingsessie.urlpatterns,
    *evaluatie.urlpatterns,
    *nazorg.urlpatterns,
]
