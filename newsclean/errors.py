"""The exception family of newsclean: all it raises on purpose derives from NewscleanError."""

from __future__ import annotations


class NewscleanError(Exception):
    """Base class of every error newsclean raises on purpose.

    >>> issubclass(InputError, NewscleanError)
    True
    """


class InputError(NewscleanError, ValueError):
    """The input could not be read as a page or a text (undecodable bytes, not markup, ...)."""


class InputTooLargeError(InputError):
    """The input is larger than the configured limit."""


class StripperError(NewscleanError):
    """A stripper raised or returned something the pipeline cannot apply.

    The message names the stripper, so a faulty custom stripper is easy to find.
    """
