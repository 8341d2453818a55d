"""The text-stage strippers, one module per family of junk.

Each module defines one step, declared with ``newsclean.step.text_step`` and the reason
codes it may give. The default pipeline and its order are in ``newsclean.defaults``.
"""
