"""Split an ``Article`` into paragraph ``Record``s, with speakers, quotations and cited outlets per paragraph."""

from __future__ import annotations

import logging

from newsearch.models import HEADLINE, PARAGRAPH, Article, Record
from newsearch.speakers import cited_outlets, extract_speakers, quote_spans

log = logging.getLogger(__name__)


def article_records(article: Article) -> list[Record]:
    """The headline (``kind="headline"``, paragraph 0) and one record per body paragraph (numbered from 1).

    The headline is a record of its own so that a query matching only the headline still finds the article.
    """
    common = {
        "article_id": article.article_id,
        "path": article.path,
        "title": article.title,
        "source": article.source,
        "date": article.date,
        "author": article.author,
        "url": article.url,
    }
    records: list[Record] = []
    if article.title:
        records.append(Record(id=f"{article.article_id}:0", paragraph=0, text=article.title, kind=HEADLINE,
                              **common))  # type: ignore[arg-type]
    try:
        speakers = extract_speakers(article.paragraphs, title=article.title)
    except Exception:  # a bug in the speaker rules must not cost the user the article's text
        log.exception("speaker extraction failed on %s; its paragraphs are indexed without speakers", article.path)
        speakers = [() for _ in article.paragraphs]
    for n, (text, who) in enumerate(zip(article.paragraphs, speakers, strict=True), start=1):
        records.append(Record(id=f"{article.article_id}:{n}", paragraph=n, text=text, kind=PARAGRAPH,
                              speakers=who, quotes=quote_spans(text), cites=cited_outlets(text),
                              **common))  # type: ignore[arg-type]
    return records
