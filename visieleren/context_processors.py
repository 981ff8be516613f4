from visieleren import permissions


def navigatie(request):
    """Role-aware navigation for the header; computed once per request."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"is_team": False}
    # A callable: the template asks only when it draws the menu.
    return {"is_team": permissions.is_team(user), "kan_codeboek": lambda: permissions.mag_codeboek_lezen(user)}
