"""Who a cluster's members say spoke, with names matched across articles.

Outlets name one person differently ("Dr Okafor", "Helen Okafor", "Okafor";
"O'Neill" and "O’Neill"). :func:`same_person` tells whether two speaker
names can be one person: the same surname, and given names that agree where
both are printed (an initial agrees with a name it starts). :func:`agree_on_speaker`
groups a cluster's speaker names into people, picks the person most members
name, and lists the members that name someone else: one outlet attributing a
statement to a different person is news, not noise.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from .cues import HONORIFICS
from .models import Quote

__all__ = ["agree_on_speaker", "person_words", "same_person"]


@lru_cache(maxsize=1 << 12)
def person_words(name: str) -> tuple[str, ...]:
    """A speaker name folded for matching: no honorifics, case, accents or apostrophe styles.

    >>> person_words("Dr. Seán O’Neill"), person_words("the Rev Amal Haddad 🌻")
    (('sean', "o'neill"), ('amal', 'haddad'))
    """
    text = unicodedata.normalize("NFKD", name.replace("’", "'").replace("ʼ", "'"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    words = ["".join(ch for ch in w if ch.isalnum() or ch in "'-") for w in text.split()]
    words = [w for w in words if w and w not in HONORIFICS and w != "the"]
    if len(words) == 1 and len(words[0]) == 1:
        return ()  # a lone letter ("X.") names nobody
    return tuple(words)


def same_person(a: str, b: str) -> bool:
    """True when two speaker names can name one person.

    One name's words ending the other's ("Lumenra Live" in "Promoter
    Lumenra Live") name one person too.

    >>> same_person("Dr Okafor", "Helen Okafor"), same_person("H. Okafor", "Helen Okafor")
    (True, True)
    >>> same_person("James Okafor", "Helen Okafor"), same_person("Okafor", "Okafor Ltd")
    (False, False)
    """
    wa, wb = person_words(a), person_words(b)
    if not wa or not wb or wa[-1] != wb[-1]:
        return False
    short, long = sorted((wa, wb), key=len)
    if long[len(long) - len(short) :] == short:
        return True
    first_a, first_b = wa[0], wb[0]
    if len(first_a) == 1 or len(first_b) == 1:
        return first_a[0] == first_b[0]
    return first_a == first_b


def agree_on_speaker(members: Sequence[Quote]) -> tuple[str | None, tuple[str, ...]]:
    """The speaker most members name, and the ids of the members naming someone else.

    Names are grouped into people with :func:`same_person`, fullest names
    first, so "Okafor" joins "Helen Okafor". The person named by most members
    wins (ties: the fuller name, then the alphabetically first); it is shown
    by the fullest form any member prints (of two equally full, the shorter:
    "Rosina Hallidan" rather than "Cllr Rosina Hallidan").
    Members without a speaker neither count nor conflict.

    >>> quotes = [Quote(id=str(i), doc_id=str(i), text="We won.", speaker=s)
    ...           for i, s in enumerate(["Dr Okafor", "Helen Okafor", None, "Mark Tully"])]
    >>> agree_on_speaker(quotes)
    ('Helen Okafor', ('3',))
    """
    names = sorted(
        {q.speaker for q in members if q.speaker and person_words(q.speaker)},
        key=lambda s: (-len(person_words(s)), len(s), s),
    )
    people: list[list[str]] = []  # each person's names, fullest first
    for name in names:
        for person in people:
            if same_person(person[0], name):
                person.append(name)
                break
        else:
            people.append([name])
    if not people:
        return None, ()
    person_of = {name: i for i, person in enumerate(people) for name in person}
    votes = [0] * len(people)
    for quote in members:
        if quote.speaker in person_of:
            votes[person_of[quote.speaker]] += 1
    best = min(range(len(people)), key=lambda i: (-votes[i], -len(person_words(people[i][0])), i))
    others = tuple(
        q.id for q in members if q.speaker in person_of and person_of[q.speaker] != best
    )
    return people[best][0], others
