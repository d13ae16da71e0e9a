"""URLs of the reaction poll."""

app_name = "poll"

urlpatterns: list = []
