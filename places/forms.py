"""Admin forms: the same checks as `manage.py ingest`, shown as form errors."""

from django import forms

from . import ingest, normalisation
from .models import Article


class ArticleAdminForm(forms.ModelForm):
    url = forms.URLField(max_length=1000, required=False, assume_scheme="https")

    class Meta:
        model = Article
        fields = ["title", "body", "language", "outlet", "url", "published"]
        widgets = {"body": forms.Textarea(attrs={"dir": "auto", "rows": 20})}

    def clean_title(self) -> str:
        return ingest.clean_body(self.cleaned_data["title"])[:500]

    def clean_body(self) -> str:
        body = ingest.clean_body(self.cleaned_data["body"])
        try:
            ingest.check_body(body)
        except ingest.RejectedArticle as exc:
            raise forms.ValidationError(str(exc)) from exc
        return body

    def clean(self) -> dict:
        data = super().clean()
        if "body" not in data:
            return data
        if not data.get("language"):
            data["language"] = normalisation.detect_language(data["body"])[:2]
        same = Article.objects.filter(
            content_hash=Article.hash_text(data.get("title", ""), data["body"])
        ).exclude(pk=self.instance.pk)
        if same.exists():
            raise forms.ValidationError(
                f"This article is already stored (article {same.first().pk})."
            )
        return data
