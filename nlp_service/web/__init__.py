"""The analysts' web page (static files and the router that serves them)."""
