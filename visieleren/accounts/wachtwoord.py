"""The password rules (``AUTH_PASSWORD_VALIDATORS``), with their own Dutch messages.

Django's Dutch translation says "Het wachtwoord lijkt te veel op de e-mailadres": one message for
every attribute, with the article fixed to "de". These validators check the same things but speak
to the user about their own data ("uw e-mailadres", "uw naam"), with a correct plural for the length.
"""

from django.contrib.auth import password_validation
from django.core.exceptions import ValidationError
from django.utils.translation import ngettext


class GelijkenisValidator(password_validation.UserAttributeSimilarityValidator):
    """Not too much like the person's e-mail address, name or organisation (Django's defaults name
    ``username``, ``first_name`` and ``last_name``, which our user does not have)."""

    MELDINGEN = {
        "email": "Uw wachtwoord lijkt te veel op uw e-mailadres.",
        "naam": "Uw wachtwoord lijkt te veel op uw naam.",
        "organisatie": "Uw wachtwoord lijkt te veel op de naam van uw organisatie.",
    }

    def __init__(self, user_attributes=tuple(MELDINGEN), max_similarity=0.7):
        super().__init__(user_attributes=user_attributes, max_similarity=max_similarity)

    def validate(self, password, user=None):
        for attribuut in self.user_attributes:
            een = password_validation.UserAttributeSimilarityValidator((attribuut,), self.max_similarity)
            try:
                een.validate(password, user)
            except ValidationError:
                melding = self.MELDINGEN.get(attribuut, "Uw wachtwoord lijkt te veel op uw gegevens.")
                raise ValidationError(melding, code="password_too_similar") from None

    def get_help_text(self):
        return "Uw wachtwoord lijkt niet op uw naam, e-mailadres of organisatie."


class MinimumLengteValidator(password_validation.MinimumLengthValidator):
    def get_error_message(self):
        return ngettext(
            "Uw wachtwoord is te kort. Gebruik minstens %(min_length)d teken.",
            "Uw wachtwoord is te kort. Gebruik minstens %(min_length)d tekens.",
            self.min_length,
        ) % {"min_length": self.min_length}

    def get_help_text(self):
        return ngettext(
            "Uw wachtwoord heeft minstens %(min_length)d teken.",
            "Uw wachtwoord heeft minstens %(min_length)d tekens.",
            self.min_length,
        ) % {"min_length": self.min_length}


class VeelgebruiktValidator(password_validation.CommonPasswordValidator):
    def get_error_message(self):
        return "Uw wachtwoord is te makkelijk te raden: het staat in een lijst met veelgebruikte wachtwoorden."

    def get_help_text(self):
        return "Uw wachtwoord is geen veelgebruikt wachtwoord."


class AlleenCijfersValidator(password_validation.NumericPasswordValidator):
    def get_error_message(self):
        return "Uw wachtwoord bestaat alleen uit cijfers. Gebruik ook letters of andere tekens."

    def get_help_text(self):
        return "Uw wachtwoord bestaat niet alleen uit cijfers."
