"""The SHA-256 fingerprint of a jury's inputs, from canonical JSON (see ``docs/jury.md``).

The inputs are the award's id, the criteria (id, name, weight, scale, whether scored from
data), the jurors (id, name), the nominees' area ids, the conflicts ``[juror_id, area_id]``
and the scores the methods use ``[juror_id, area_id, criterion_id, value]``. Lists are
sorted; the object is written with sorted keys, no spaces (``","`` and ``":"``), UTF-8
without escapes, and a number that is a whole number as an integer (4, not 4.0), any other
as the shortest decimal that reads back as the same double (Python's ``repr``). The
fingerprint is the SHA-256 of those bytes, in lower-case hex.
"""

from __future__ import annotations

import hashlib
import json
import math
from typing import Any

from digidesk.core.jury.inputs import JuryInputs
from digidesk.core.model.award import Award

VERSION = 1


def number(value: float) -> int | float:
    """A whole number as an int, any other float as it is."""
    if math.isfinite(value) and float(value).is_integer() and abs(value) < 2**53:
        return int(value)
    return float(value)


def payload(award: Award, inputs: JuryInputs) -> dict[str, Any]:
    """The canonical inputs of ``award`` as the methods see them."""
    criteria = []
    for c in award.criteria:
        low, high = award.scale(c)
        criteria.append(
            {
                "id": c.id,
                "name": c.name,
                "weight": number(c.weight),
                "scale_min": number(low),
                "scale_max": number(high),
                "from_data": c.id in award.scored_from_data and c.indicator_id is not None,
            }
        )
    return build_payload(
        award.id,
        criteria,
        [{"id": j.id, "name": j.name} for j in award.jurors],
        list(inputs.nominees),
        [list(pair) for pair in inputs.conflicts],
        inputs.score_rows(),
    )


def build_payload(
    award_id: str,
    criteria: list[dict[str, Any]],
    jurors: list[dict[str, Any]],
    nominees: list[str],
    conflicts: list[list[str]],
    scores: list[list[Any]],
) -> dict[str, Any]:
    """The canonical object, sorted and with canonical numbers, from plain parts (a protocol
    read back gives the same parts)."""
    return {
        "version": VERSION,
        "award": award_id,
        "criteria": sorted(
            (
                {
                    **c,
                    "weight": number(float(c["weight"])),
                    "scale_min": number(float(c["scale_min"])),
                    "scale_max": number(float(c["scale_max"])),
                    "from_data": bool(c["from_data"]),
                }
                for c in criteria
            ),
            key=lambda c: c["id"],
        ),
        "jurors": sorted(
            ({"id": j["id"], "name": j["name"]} for j in jurors), key=lambda j: j["id"]
        ),  # fmt: skip
        "nominees": sorted(nominees),
        "conflicts": sorted([str(j), str(a)] for j, a in conflicts),
        "scores": sorted([str(j), str(a), str(c), number(float(v))] for j, a, c, v in scores),
    }


def canonical_json(data: dict[str, Any]) -> bytes:
    return json.dumps(
        data, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def fingerprint(data: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_json(data)).hexdigest()
