"""The newsroom's replies to readers: published at once, marked "Redaksi"."""
