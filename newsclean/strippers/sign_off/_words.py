"""The word bound every sign-off shape sets, tested without counting a short line."""

from __future__ import annotations

from newsclean.text.words import word_count


def _at_most_words(text: str, most: int) -> bool:
    """``word_count(text) <= most``, without counting a short text: a word takes a
    character and the next one another to part them, so ``len(text) <= 2 * most`` is
    enough (the count is the costliest test for a line of Korean or Chinese).

    >>> _at_most_words("a b c", 3), _at_most_words("a b c d e f g h", 3)
    (True, False)
    """
    return len(text) <= 2 * most or word_count(text) <= most
