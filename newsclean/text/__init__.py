"""Shared text readers and helpers: word counts, wire agencies, bylines, datelines, captions.

Nothing here is a pipeline step. Text strippers (``newsclean/strippers/``) and HTML pruners
(``newsclean/html/``) both read lines with these helpers, so they live apart from either.
"""
