"""An expert's reflection on one traject: material for the rode draden, tagged with the shared codebook."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone

from interviews.models import Code
from trajecten.models import Traject


class Reflectie(models.Model):
    """What one expert saw on one traject: what worked, the dilemma's, advice to other gemeenten."""

    traject = models.ForeignKey(Traject, on_delete=models.CASCADE, related_name="reflecties")
    expert = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reflecties")
    wat_werkte = models.TextField("wat werkte", blank=True)
    dilemmas = models.TextField("dilemma's die ik zag", blank=True)
    advies = models.TextField("advies aan andere gemeenten", blank=True)
    codes = models.ManyToManyField(Code, blank=True, related_name="reflecties", verbose_name="codes")
    aangemaakt_op = models.DateTimeField("aangemaakt op", default=timezone.now)
    gewijzigd_op = models.DateTimeField("gewijzigd op", auto_now=True)

    class Meta:
        verbose_name = "reflectie"
        verbose_name_plural = "reflecties"
        ordering = ["traject", "aangemaakt_op", "pk"]
        constraints = [models.UniqueConstraint(fields=["traject", "expert"], name="reflectie_een_per_expert")]

    def __str__(self):
        return f"Reflectie op {self.traject}"

    def get_absolute_url(self):
        return reverse("reflecties:lijst", args=[self.traject_id])
