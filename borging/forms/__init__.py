"""Forms of Borgen, one module per sub-domain, with Dutch error messages."""
