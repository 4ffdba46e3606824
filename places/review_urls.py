from django.urls import path

from . import review_views as views

urlpatterns = [
    path("", views.queue, name="review-queue"),
    path("article/<int:pk>/", views.article_page, name="review-article"),
    path("mention/<int:pk>/confirm/", views.confirm, name="review-confirm"),
    path("mention/<int:pk>/reject/", views.reject, name="review-reject"),
    path("mention/<int:pk>/repoint/", views.repoint, name="review-repoint"),
    path("mention/<int:pk>/new-place/", views.new_place, name="review-new-place"),
    path("event/<int:pk>/", views.fix_event, name="review-event"),
    path("progress/<int:pk>/", views.progress, name="review-progress"),
    path("places/", views.place_search, name="review-places"),
]
