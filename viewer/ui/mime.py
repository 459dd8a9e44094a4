"""The drag-and-drop formats of the window's own drags (kept apart so that any widget can name them)."""

PANE_MIME = "application/x-source-viewer-article"  # a pane's grip dragged onto another pane
CLAIM_MIME = "application/x-source-viewer-claims"  # claims dragged onto a group of the claims list
