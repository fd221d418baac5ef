"""The shared records: dates, offset mapping and the JSON round trip."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotematch import Diagnostic, Document, InputError, Quote
from quotematch.models import quote_from_mapping

ARTICLE = (
    "“We are saddened,” the club said. “Our thoughts are with the family.”\n\n"
    "Coach Ana Ruiz added that the squad would train on Friday."
)


def _quote_over(text: str, parts: list[str]) -> Quote:
    spans = []
    cursor = 0
    for part in parts:
        start = text.index(part, cursor)
        spans.append((start, start + len(part)))
        cursor = start + len(part)
    return Quote(id="d:0", doc_id="d", text=" ".join(parts), spans=tuple(spans))


class TestDocument:
    def test_iso_date_becomes_aware_datetime(self) -> None:
        doc = Document("a", "text", published="2024-05-17")
        assert doc.published == dt.datetime(2024, 5, 17, tzinfo=dt.timezone.utc)

    def test_offset_and_zulu_times_are_kept(self) -> None:
        local = Document("a", "t", published="2024-05-17T09:30:00+01:00").published
        zulu = Document("b", "t", published="2024-05-17T08:30:00Z").published
        assert local == zulu

    def test_date_object_is_accepted(self) -> None:
        assert Document("a", "t", published=dt.date(2023, 7, 3)).published.day == 3  # type: ignore[union-attr]

    def test_bad_date_is_an_input_error_that_says_what_to_write(self) -> None:
        with pytest.raises(InputError, match="ISO 8601"):
            Document("a", "t", published="last Tuesday")

    def test_documents_are_immutable(self) -> None:
        doc = Document("a", "t")
        with pytest.raises(AttributeError):
            doc.text = "changed"  # type: ignore[misc]


class TestQuoteOffsets:
    def test_each_part_maps_back_to_the_document(self) -> None:
        quote = _quote_over(ARTICLE, ["We are saddened,", "Our thoughts are with the family."])
        second = quote.text.index("Our")
        assert ARTICLE[quote.document_offset(second)] == "O"
        assert quote.document_offset(0) == ARTICLE.index("We are")

    def test_plain_string_quote_maps_to_itself(self) -> None:
        assert Quote(id="0", doc_id="0", text="we won").document_offset(3) == 3

    @given(st.lists(st.integers(min_value=1, max_value=12), min_size=1, max_size=5), st.data())
    def test_every_character_of_the_text_maps_to_the_same_character(
        self, lengths: list[int], data: st.DataObject
    ) -> None:
        # Lay the parts out in a document with a gap of filler between them.
        document = ""
        parts = []
        spans = []
        for n, length in enumerate(lengths):
            document += "~" * data.draw(st.integers(min_value=0, max_value=4))
            part = chr(ord("a") + n) * length
            spans.append((len(document), len(document) + length))
            parts.append(part)
            document += part
        quote = Quote(id="d:0", doc_id="d", text=" ".join(parts), spans=tuple(spans))
        for i, char in enumerate(quote.text):
            if char != " ":
                assert document[quote.document_offset(i)] == char


class TestQuoteRecord:
    def test_to_dict_has_the_documented_fields(self) -> None:
        quote = _quote_over(ARTICLE, ["We are saddened,"])
        record = quote.to_dict()
        assert {"id", "doc", "text", "spans", "speaker", "kind"} <= set(record)
        assert record["spans"] == [[1, 17]]

    def test_round_trip_through_the_record(self) -> None:
        quote = Quote(
            id="d:3",
            doc_id="d",
            text="We won [the cup] … again",
            spans=((4, 28),),
            kind="partial",
            speaker="Ana Ruiz",
            cue="said",
            editorial=((11, 20), (21, 22)),
            diagnostics=(Diagnostic("unclosed-quote", "no closing mark", 3),),
            source="Harbour Gazette",
            published="2024-01-02T10:00:00+00:00",
        )
        assert quote_from_mapping(quote.to_dict()) == quote
