"""Vocabulary rules: phrase and pattern matchers that build their own fast prefilters.

``PhraseRule`` is the rule a stripper states; ``RuleSet`` asks several together; ``RULES``
holds every rule built, for the generic soundness test.
"""

from newsclean.rules.phrase_rule import RULES, PhraseRule, RuleSet

__all__ = ["RULES", "PhraseRule", "RuleSet"]
