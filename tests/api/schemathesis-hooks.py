"""
What schemathesis cannot read from the OpenAPI document, for tests/api/schemathesis.test.ts.

The document states every rule it can as JSON Schema. Two kinds it can only name or describe:
- the custom string format `unified-social-credit-code` (GB 32100: a check character computed from
  the other 17), for which this file gives schemathesis a generator;
- rules relative to today (China Standard Time): a finding is not dated after today; a statistics
  cut-off is not in the future and the year counted is not after the cut-off's. The document says
  them in the fields' descriptions; this file keeps generated values on the right side of today.
"""
from datetime import date, datetime, timedelta, timezone

import schemathesis
from hypothesis import strategies as st

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
CHINA = timezone(timedelta(hours=8))


def with_check_character(first17: str) -> str:
    total = sum(ALPHABET.index(ch) * weight for ch, weight in zip(first17, WEIGHTS))
    return first17 + ALPHABET[(31 - total % 31) % 31]


def joined_with_check_character(parts: tuple[str, str, str]) -> str:
    return with_check_character("".join(parts))


schemathesis.openapi.format(
    "unified-social-credit-code",
    st.tuples(
        st.text(ALPHABET, min_size=2, max_size=2),
        st.text("0123456789", min_size=6, max_size=6),
        st.text(ALPHABET, min_size=9, max_size=9),
    ).map(joined_with_check_character),
)


def china_today() -> str:
    return datetime.now(CHINA).date().isoformat()


def not_after_today(value):
    """Every `findingDate` in a body, at any depth, moved back to today when it is after it."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "findingDate" and isinstance(item, str) and len(item) == 10 and item > china_today():
                value[key] = china_today()
            else:
                not_after_today(item)
    elif isinstance(value, list):
        for item in value:
            not_after_today(item)
    return value


def statistics_query(query):
    """A cut-off not in the future, and a year not after the cut-off's."""
    today = china_today()
    cutoff = query.get("cutoff")
    # From today on (an instant later today may be in the future): today, which means through 24:00.
    if isinstance(cutoff, str) and len(cutoff) >= 10 and cutoff[:10] >= today:
        query["cutoff"] = today
    day = query["cutoff"] if isinstance(query.get("cutoff"), str) else today
    year = query.get("year")
    if isinstance(year, str) and year.isdigit():
        year = int(year)
    if isinstance(year, int) and day[:4].isdigit() and year > int(day[:4]) and int(day[:4]) >= 2000:
        query["year"] = int(day[:4])


# On every phase's cases (coverage, examples, fuzzing, stateful); only where the case is meant to be
# valid, so that an invalid one stays invalid.
@schemathesis.hook
def map_case(ctx, case):
    meta = case.meta
    if meta is not None and not meta.generation.mode.is_positive:
        return case
    if isinstance(case.body, (dict, list)):
        not_after_today(case.body)
    if case.operation.path == "/v1/statistics/exits" and isinstance(case.query, dict):
        statistics_query(case.query)
    return case
