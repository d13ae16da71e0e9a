"""Reads counted first-party without cookies: the beacon, the fold, the dashboard."""
