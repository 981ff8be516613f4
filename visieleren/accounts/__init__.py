"""Accounts: people who log in (by e-mail), invitations and deactivation."""
