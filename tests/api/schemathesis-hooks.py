"""
What schemathesis cannot read from the OpenAPI document, for tests/api/schemathesis.test.ts.

The document states every rule it can as JSON Schema. Three kinds it can only name or describe:
- the custom string format `unified-social-credit-code` (GB 32100: a check character computed from
  the other 17), for which this file gives schemathesis a generator;
- rules relative to today (China Standard Time): a finding is not dated after today; a statistics
  cut-off is not in the future and the year counted is not after the cut-off's. The document says
  them in the fields' descriptions; this file keeps generated values on the right side of today;
- a file in the census template (POST /v1/findings/census-preview takes an XLSX workbook or CSV text
  whose header row names the template's columns): its valid cases get such a file, as CSV;
- a work plan's targets are one line per measure, dimension, industry and unit (said in `targets`'
  description): a generated line repeating an earlier one is dropped.
"""
import random
import uuid
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


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# A workbook goes on the wire as the bytes it is.
schemathesis.serializer.alias(XLSX, "application/octet-stream")

CENSUS_HEADER = (
    "*报送部门,*文书编号,*企业名称,*统一社会信用代码,*行政区划代码,*行业,*标准类别,*生产线或设备,*产能数值,"
    "*产能单位,*法律依据,标准依据,*认定日期,整改期限（月）,发现来源,证据材料"
)


def one_line_per_target(body):
    """A body's `targets` with each measure, dimension, industry and unit once (the first line kept)."""
    targets = body.get("targets") if isinstance(body, dict) else None
    if not isinstance(targets, list):
        return
    seen = set()
    kept = []
    for target in targets:
        key = (
            tuple(target.get(name) for name in ("measure", "dimension", "industry", "unit"))
            if isinstance(target, dict)
            else None
        )
        if key is None or key not in seen:
            kept.append(target)
        if key is not None:
            seen.add(key)
    body["targets"] = kept


def census_csv() -> str:
    """A census list of one row in the template, as CSV text: what the preview is documented to take.
    Text, not bytes: schemathesis checks a changed body against its schema (a string) again."""
    credit_code = with_check_character("91320508" + str(uuid.uuid4().int)[:9])
    row = [
        "工业和信息化局",
        f"姑工信〔{uuid.uuid4().hex[:8]}〕1号",
        "某某钢铁有限公司",
        credit_code,
        "320508",
        "钢铁",
        "能耗",
        "1号高炉",
        "60",
        "万吨/年",
        "中华人民共和国节约能源法",
        "",
        china_today(),
        "",
        "",
        "",
    ]
    return f"{CENSUS_HEADER}\r\n{','.join(row)}\r\n"


# On every phase's cases (coverage, examples, fuzzing, stateful); only where the case is meant to be
# valid, so that an invalid one stays invalid.
@schemathesis.hook
def map_case(ctx, case):
    meta = case.meta
    if meta is not None and not meta.generation.mode.is_positive:
        return case
    if isinstance(case.body, (dict, list)):
        not_after_today(case.body)
        one_line_per_target(case.body)
    if case.operation.path == "/v1/years" and case.method.upper() == "POST" and isinstance(case.body, dict):
        # A year's workflow id is one per region and year on the Temporal server every suite shares: open
        # years far ahead, which no other suite opens (else the year is another suite's, never recorded here).
        if isinstance(case.body.get("year"), int):
            case.body["year"] = random.randint(2060, 2100)
    if case.operation.path in (
        "/v1/findings/census-preview",
        "/v1/census/{regionCode}/{year}/imports",
    ) and not (
        meta is not None and any(component.mode.is_negative for component in meta.components.values())
    ):
        case.media_type = "text/csv"
        case.body = census_csv()
    if case.operation.path == "/v1/statistics/exits" and isinstance(case.query, dict):
        statistics_query(case.query)
    return case
