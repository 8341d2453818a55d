"""Vocabulary rules: phrase and pattern matchers that build their own fast prefilters."""
