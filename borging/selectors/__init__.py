"""Reads of Borgen, one module per sub-domain, with the joins their pages need."""
