"""Source Viewer: compare how several outlets tell the same story."""

__version__ = "0.1.0"
