"""Forms of the review pages: every value an editor sends is validated here."""

from django import forms

from .models import Event, Place


class QueueFilterForm(forms.Form):
    article = forms.IntegerField(required=False, min_value=1)
    place = forms.CharField(required=False, max_length=100)
    language = forms.ChoiceField(
        required=False, choices=[("", "any"), ("ar", "Arabic"), ("en", "English")]
    )
    published_from = forms.DateField(required=False)
    published_to = forms.DateField(required=False)


class RejectForm(forms.Form):
    phrase = forms.CharField(required=False, max_length=200, strip=True)


class RepointForm(forms.Form):
    place = forms.ModelChoiceField(Place.objects.all(), to_field_name="slug")
    alias = forms.CharField(required=False, max_length=200, strip=True)


class NewPlaceForm(forms.Form):
    name = forms.CharField(required=False, max_length=200, label="English name")
    name_ar = forms.CharField(required=False, max_length=200, label="Arabic name")
    kind = forms.ChoiceField(choices=Place.Kind.choices, initial=Place.Kind.VILLAGE)
    lat = forms.FloatField(min_value=-90, max_value=90)
    lon = forms.FloatField(min_value=-180, max_value=180)
    source = forms.URLField(required=False, max_length=500, assume_scheme="https")
    learn = forms.BooleanField(required=False, initial=True)


SUB_TYPES = [
    ("air_strike", "explosions"), ("shelling", "explosions"),
    ("remote_explosive", "explosions"), ("armed_clash", "battles"),
    ("attack", "battles"), ("attack_on_civilians", "violence_against_civilians"),
    ("territory_change", "battles"), ("displacement", "displacement"),
]  # fmt: skip


CHOICES = [(s, s.replace("_", " ")) for s, _ in SUB_TYPES]


class EventFixForm(forms.Form):
    date_start = forms.DateField()
    date_end = forms.DateField()
    sub_type = forms.ChoiceField(choices=CHOICES)
    place = forms.ModelChoiceField(
        Place.objects.all(), to_field_name="slug", required=False
    )

    def clean(self) -> dict:
        data = super().clean()
        start, end = data.get("date_start"), data.get("date_end")
        if start and end and end < start:
            raise forms.ValidationError("The event cannot end before it starts.")
        data["event_type"] = dict(SUB_TYPES).get(data.get("sub_type"), "")
        return data

    @staticmethod
    def initial_for(event: Event) -> dict:
        return {
            "date_start": event.date_start,
            "date_end": event.date_end,
            "sub_type": event.sub_type,
            "place": event.place.slug if event.place else "",
        }
