"""companion: a local, offline, voice-first companion that answers as a peer."""

__version__ = "0.1.0"
