"""URLs through which readers and other sites find articles."""

app_name = "discovery"

urlpatterns: list = []
