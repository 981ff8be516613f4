from django.apps import AppConfig


class InterviewsConfig(AppConfig):
    name = "interviews"
    verbose_name = "Interviews"

    def ready(self):
        from interviews import (
            fasechecks,  # noqa: F401  (registers the Luisteren checks)
            privacy,  # noqa: F401  (names changed: rebuild the matcher)
            tellingen,
        )

        tellingen.verbind()
