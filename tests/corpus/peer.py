"""The peer geoparser for ``make eval``: flashgeotext with the same gazetteer names.

flashgeotext (PyPI, pinned in requirements-dev.txt) looks names up with
flashtext's keyword trie. It is given every name and alias of every gazetteer
place through its ``LookupData``: one lookup of Latin names (case-sensitive, its
default) and one of Arabic names with the Arabic script's letters as word
characters (``script="arabic"``), so that a name is found as a whole word. Each
name points to its place's slug; a name shared by two places points to one of
them, as flashtext keeps one clean name per keyword. It has no cue words, no
clitic handling and no disambiguation: that is what it is compared for.
"""

import logging

from flashgeotext.geotext import GeoText, GeoTextConfiguration
from flashgeotext.lookup import LookupData

from places.gazetteer import Gazetteer
from places.normalisation import is_arabic

logging.getLogger("flashgeotext").setLevel(logging.WARNING)


class Peer:
    """flashgeotext loaded with the gazetteer's names."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        from loguru import logger

        logger.disable("flashgeotext")
        self.gazetteer = gazetteer
        latin: dict[str, list[str]] = {}
        arabic: dict[str, list[str]] = {}
        for entry in gazetteer.entries:
            for name in entry.names:
                table = arabic if is_arabic(name[:1]) else latin
                table.setdefault(entry.slug, []).append(name)
        self.geotext = GeoText(GeoTextConfiguration(use_demo_data=False))
        self.geotext.add(LookupData(name="latin", data=latin))
        self.geotext.add(LookupData(name="arabic", data=arabic, script="arabic"))

    def find(self, text: str) -> list:
        """Return the names found in the text as ``Found`` spans, by position."""
        from .score import Found

        found = []
        for pool in self.geotext.extract(text, span_info=True).values():
            for slug, meta in pool.items():
                place = self.gazetteer.get(slug)
                for start, end in meta["span_info"]:
                    found.append(Found(start, end, text[start:end], place))
        return sorted(found, key=lambda f: f.start)
