"""The Qt layer: windows, widgets, item models, workers and printing."""
