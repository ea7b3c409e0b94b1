"""Parsers: turn a source (HTML page, plain-text dump) into an Article.

Parsers only read structure and metadata; annotators (actors, events) run
afterwards in :mod:`geoarticle.pipeline`. The public ``geoarticle.parse_html``
and ``geoarticle.parse_text`` run both.
"""
