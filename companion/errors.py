"""Errors a user can cause or fix. The CLI prints them as one plain line."""


class CompanionError(Exception):
    """An error with a message meant for the person using the companion."""


class ConfigError(CompanionError):
    pass


class ModelUnavailable(CompanionError):
    """A model package, file or endpoint cannot be used."""
