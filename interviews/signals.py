"""Hooks for later apps. The ontwerp app (Inzicht) connects here to mark insights that lose evidence.

``citaten_vervallen`` is sent inside the transaction, *before* the quotes are deleted, so a receiver
can still follow their relations. Arguments: ``citaat_ids`` (list[int]), ``traject``, ``door`` (the
user) and ``reden`` (a Dutch sentence for the audit log or a notice). Connect with::

    from interviews.signals import citaten_vervallen

    @receiver(citaten_vervallen)
    def inzichten_markeren(sender, citaat_ids, traject, door, reden, **kwargs): ...
"""

from django.dispatch import Signal

citaten_vervallen = Signal()
