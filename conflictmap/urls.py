from django.contrib import admin
from django.templatetags.static import static
from django.urls import include, path
from django.views.generic import RedirectView

urlpatterns = [
    path("admin/", admin.site.urls),
    path("review/", include("places.review_urls")),
    path("favicon.ico", RedirectView.as_view(url=static("favicon.svg"))),
    path("", include("places.urls")),
]
