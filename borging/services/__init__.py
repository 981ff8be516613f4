"""Writes of Borgen, one module per sub-domain: streefwaarden, borgingsessie, evaluatie, nazorg.

Each function changes its objects atomically and writes an audit-log row (except an evaluation
answer: see ``evaluatie.evaluatie_beantwoorden``). Views turn ``BorgingFout`` into a message.
"""


class BorgingFout(Exception):
    """A change that is not possible; the message is Dutch and meant for the user."""
