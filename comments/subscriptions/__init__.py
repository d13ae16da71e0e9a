"""Reply notifications: readers who opted in (twice) hear of replies to their comments."""
