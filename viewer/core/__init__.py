"""The Qt-free analysis: reading articles, finding claims, aligning them, finding contradictions."""
