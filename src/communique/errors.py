"""Errors shared by every layer: what a command reports in one paragraph, with an exit code."""

from __future__ import annotations


class UsageError(Exception):
    """The command was asked for something that does not exist or makes no sense."""


class OutputError(Exception):
    """An output that cannot be written, with the path and the reason."""


class RenderError(Exception):
    """An output that could not be rendered faithfully; the message says what to fix."""

    def __init__(self, message: str, release: str = ""):
        super().__init__(message)
        self.message = message
        self.release = release  # the slug of the release that failed, when one did
