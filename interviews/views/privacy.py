"""Other names of a traject: people named in the notes who are no deelnemer, replaced like deelnemers.

Kept by the team and by the moderator of an interview, from that interview (they are the ones who
read the names). Suggestions: capitalised words in the notes that look like names and are unknown.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from interviews import privacy
from interviews.forms.privacy import AndereNaamForm
from interviews.services import interviews as services
from interviews.views.interviews import _bewerkbaar_interview, _interview_kruimels


@login_required
@require_http_methods(["GET", "POST"])
def andere_namen(request, traject_pk, pk):
    traject, interview = _bewerkbaar_interview(request, traject_pk, pk)
    form = AndereNaamForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            andere = services.andere_naam_create(
                traject=traject, interview=interview, door=request.user, **form.cleaned_data
            )
        except services.InterviewFout as fout:
            form.add_error("naam", str(fout))
        else:
            messages.success(request, f"‘{andere.naam}’ wordt voortaan vervangen door {andere.vervanging}.")
            return redirect("interviews:andere_namen", traject.pk, interview.pk)
    context = {
        "traject": traject,
        "interview": interview,
        "form": form,
        "namen": privacy.andere_namen_van(interview=interview, user=request.user),
        "kandidaten": privacy.naamkandidaten_in(interview),
        "breadcrumb": _interview_kruimels(traject, interview, "Andere namen"),
    }
    return render(request, "interviews/privacy/andere_namen.html", context, status=400 if form.errors else 200)


@login_required
@require_POST
def andere_naam_verwijderen(request, traject_pk, pk, naam_pk):
    traject, interview = _bewerkbaar_interview(request, traject_pk, pk)
    andere = get_object_or_404(privacy.andere_namen_van(interview=interview, user=request.user), pk=naam_pk)
    services.andere_naam_delete(andere_naam=andere, door=request.user)
    messages.success(request, f"‘{andere.naam}’ staat niet meer in de lijst.")
    return redirect(reverse("interviews:andere_namen", args=[traject.pk, interview.pk]))
