"""Icons and other files the app ships (installed as viewer.resources)."""
