"""The jury protocol as a workbook, and its verification against a workspace.

Sheets, in this order: the protocol (award, date, chosen method, final ranking, winner
banner, fingerprint, signature lines), criteria, jurors, conflicts, every raw score with
its comment, the results of every method, agreement, sensitivity, the audit trail after
locking, and "DigiDesk": the format, the award's id, the fingerprint and the names of the
sheets above. :func:`verify_protocol` rebuilds the canonical inputs from the criteria,
jurors, conflicts and scores sheets as they now stand: a score changed in the protocol
gives another fingerprint than the one stated, and a score changed in the workspace gives
the workspace another one.

Words come from the caller (:mod:`digidesk.jury_wording`); numbers are real numbers.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

from digidesk.core.errors import InputError, ModelError
from digidesk.core.export.excel import write_workbook
from digidesk.core.export.spec import SheetSpec
from digidesk.core.jury.fingerprint import build_payload, fingerprint
from digidesk.core.jury.results import JuryResults
from digidesk.core.model.award import METHODS

FORMAT = "digidesk-jury-protocol"
ABOUT_SHEET = "DigiDesk"
ROLES = ("criteria", "jurors", "conflicts", "scores")
MethodName = Callable[[str], str]


def after_lock(results: JuryResults) -> tuple[list[Any], list[Any]]:
    """(lock records, audit entries from the first lock on)."""
    award = results.award
    if not award.locks:
        return [], []
    first = award.locks[0].time
    return list(award.locks), [a for a in award.audit if a.time >= first]


def protocol_sheets(
    results: JuryResults, words: Mapping[str, str], method_name: MethodName, date: str
) -> list[SheetSpec]:
    award, inputs = results.award, results.inputs
    names = {n.area_id: n.name for n in award.nominees}
    jurors = {j.id: j.name for j in award.jurors}
    criteria = {c.id: c.name for c in award.criteria}
    chosen = results.chosen
    ranking = results.final_ranking()
    preamble = [
        (words["award"], f"{award.name} {award.year or ''}".strip()),
        (words["date"], date),
        (words["chosen_method"], method_name(award.chosen_method)),
        (words["winner_differs"] if results.winner_differs else words["winner_same"], ""),
        (words["fingerprint"], results.fingerprint),
        ("", words["fingerprint_note"]),
    ]
    for juror in award.jurors:
        preamble.append((words["signature"], f"{juror.name}: ______________________________"))
    summary = pd.DataFrame(
        {
            words["place"]: [float(chosen.placings[a].rank or 0) or None for a in ranking],
            words["code"]: ranking,
            words["nominee"]: [names[a] for a in ranking],
            words["score"]: [chosen.placings[a].score for a in ranking],
            words["tied"]: [words["yes"] if chosen.placings[a].tied else "" for a in ranking],
        }
    )
    weights = inputs.normalised_weights()
    criteria_frame = pd.DataFrame(
        [
            (c.id, c.name, float(c.weight), weights.get(c.id, 0.0), *award.scale(c),
             c.indicator_id or "", words["yes"] if c.id in award.scored_from_data
             and results.data.get(c.id) else words["no"], c.description)
            for c in award.criteria
        ],
        columns=[words["id"], words["criterion"], words["weight"], words["share"],
                 f"{words['scale']} min", f"{words['scale']} max", words["indicator"],
                 words["from_data"], words["comment"]],
    )  # fmt: skip
    jurors_frame = pd.DataFrame(
        [(j.id, j.name) for j in award.jurors], columns=[words["id"], words["name"]]
    )
    conflicts_frame = pd.DataFrame(
        [(j.id, j.name, c.area_id, names.get(c.area_id, ""), c.reason)
         for j in award.jurors for c in j.conflicts],
        columns=[words["id"], words["juror"], words["code"], words["nominee"], words["reason"]],
    )  # fmt: skip
    comments = {(s.juror_id, s.area_id, s.criterion_id): s.comment for s in award.scores}
    from_data = set(award.scored_from_data) if results.data else set()
    scores_frame = pd.DataFrame(
        [(j, jurors.get(j, ""), a, names.get(a, ""), c, criteria.get(c, ""), v,
          words["from_data"] if c in from_data else comments.get((j, a, c), ""))
         for j, a, c, v in inputs.score_rows()],
        columns=[words["id"], words["juror"], words["code"], words["nominee"], "criterion_id",
                 words["criterion"], words["score"], words["comment"]],
    )  # fmt: skip
    result_columns: dict[str, list[Any]] = {
        words["code"]: list(inputs.nominees),
        words["nominee"]: [names[a] for a in inputs.nominees],
    }
    for method in METHODS:
        placings = results.methods[method].placings
        label = method_name(method)
        result_columns[label] = [placings[a].score for a in inputs.nominees]
        result_columns[f"{label}: {words['place']}"] = [
            float(placings[a].rank) if placings[a].rank else None for a in inputs.nominees
        ]
        result_columns[f"{label}: {words['tied']}"] = [
            words["yes"] if placings[a].tied else "" for a in inputs.nominees
        ]
    result_columns[words["disagreement"]] = [results.disagreement[a] for a in inputs.nominees]
    shares = results.win_shares
    result_columns[words["win_share"].format(draws=1000)] = [shares.get(a) for a in inputs.nominees]
    results_frame = pd.DataFrame(result_columns)
    w = results.kendall.w
    agreement = pd.DataFrame(
        [(p.juror_a, jurors.get(p.juror_a, ""), p.juror_b, jurors.get(p.juror_b, ""), p.rho,
          float(p.nominees)) for p in results.spearman],
        columns=["A", words["juror"] + " A", "B", words["juror"] + " B", words["spearman"],
                 words["nominee"]],
    )  # fmt: skip
    kendall_text = words["kendall"].format(
        w=f"{w:.3f}" if w is not None else words["not_defined"], m=len(results.kendall.jurors)
    )
    sensitivity = pd.DataFrame(
        [(c, criteria.get(c, ""), s.nearest.relative_change if s.nearest else None,
          ", ".join(names.get(a, a) for a in s.nearest.winners) if s.nearest
          else words["none_within"])
         for c, s in results.sensitivity.items()],
        columns=[words["id"], words["criterion"], words["smallest_change"], words["new_winner"]],
    )  # fmt: skip
    locks, audit = after_lock(results)
    trail = pd.DataFrame(
        [(r.time, words[r.action], "", "", "", None, None, r.reason) for r in locks]
        + [(a.time, a.source, a.juror_id, a.area_id, a.criterion_id, a.old, a.new,
            a.new_comment) for a in audit],
        columns=[words["time"], words["source"], words["juror"], words["code"],
                 words["criterion"], words["old"], words["new"], words["comment"]],
    )  # fmt: skip
    specs = [
        SheetSpec(words["protocol"], summary, kinds={words["code"]: "text"}, preamble=preamble,
                  formats={words["place"]: "0", words["score"]: "0.000"}),
        SheetSpec(words["criteria"], criteria_frame, kinds=_texts(criteria_frame, {2, 3, 4, 5}),
                  formats={words["share"]: "0.0%"}, wrap=(words["comment"],)),
        SheetSpec(words["jurors"], jurors_frame, kinds=_texts(jurors_frame, set())),
        SheetSpec(words["conflicts"], conflicts_frame, kinds=_texts(conflicts_frame, set()),
                  wrap=(words["reason"],)),
        SheetSpec(words["scores"], scores_frame, kinds=_texts(scores_frame, {6}),
                  wrap=(words["comment"],)),
        SheetSpec(words["results"], results_frame,
                  kinds={words["code"]: "text"},
                  formats={c: "0.000" for c in results_frame.columns[2:]}),
        SheetSpec(words["agreement"], agreement, kinds=_texts(agreement, {4, 5}),
                  preamble=[(words["agreement"], kendall_text)],
                  formats={words["spearman"]: "0.000"}),
        SheetSpec(words["sensitivity"], sensitivity, kinds=_texts(sensitivity, {2}),
                  formats={words["smallest_change"]: "+0%;-0%"}),
        SheetSpec(words["audit"], trail, kinds=_texts(trail, {5, 6}),
                  preamble=[(words["audit"], "" if locks else words["never_locked"])]),
    ]  # fmt: skip
    sheet_names = {
        "criteria": words["criteria"],
        "jurors": words["jurors"],
        "conflicts": words["conflicts"],
        "scores": words["scores"],
    }
    about = pd.DataFrame({"key": [], "value": []})
    specs.append(
        SheetSpec(
            ABOUT_SHEET,
            about,
            kinds={"key": "text", "value": "text"},
            preamble=[
                ("format", FORMAT),
                ("award_id", award.id),
                ("fingerprint", results.fingerprint),
                ("nominees", json.dumps(list(inputs.nominees), ensure_ascii=False)),
                ("sheets", json.dumps(sheet_names, ensure_ascii=False)),
                ("scored_from_data_word", words["yes"]),
            ],
        )
    )
    return specs


def _texts(frame: pd.DataFrame, numbers: set[int]) -> dict[str, Any]:
    return {c: "text" for n, c in enumerate(frame.columns) if n not in numbers}


def write_protocol(
    results: JuryResults,
    path: str | os.PathLike[str],
    words: Mapping[str, str],
    method_name: MethodName,
    date: str,
) -> None:
    sheets = protocol_sheets(results, words, method_name, date)
    write_workbook(sheets, path, title=f"{words['protocol']}: {results.award.name}")


@dataclass(frozen=True, slots=True)
class Verification:
    stated: str
    computed: str  # from the protocol's sheets as they now stand
    workspace: str  # from the workspace

    @property
    def ok(self) -> bool:
        return self.stated == self.computed == self.workspace


def read_protocol_fingerprint(path: str | os.PathLike[str]) -> tuple[str, str, str]:
    """(award id, stated fingerprint, fingerprint of the protocol's sheets as they stand)."""
    from openpyxl import load_workbook

    from digidesk.core.io.sniff import sniff

    if sniff(path) != "xlsx":
        raise ModelError("jury.not_protocol", path=str(path))
    try:
        book = load_workbook(path, read_only=True, data_only=True, keep_links=False)
    except Exception as exc:  # noqa: BLE001 - a damaged zip or XML
        raise InputError("input.unreadable", path=str(path), reason=str(exc)[:200]) from None
    try:
        if ABOUT_SHEET not in book.sheetnames:
            raise ModelError("jury.not_protocol", path=str(path))
        about = {
            str(k): str(v)
            for k, v in book[ABOUT_SHEET].iter_rows(max_row=20, max_col=2, values_only=True)
            if k is not None and v is not None
        }
        if about.get("format") != FORMAT:
            raise ModelError("jury.not_protocol", path=str(path))
        try:
            sheets = json.loads(about["sheets"])
            nominees = json.loads(about["nominees"])
        except (KeyError, ValueError):
            raise ModelError("jury.not_protocol", path=str(path)) from None
        rows = {role: _table(book, sheets.get(role, "")) for role in ROLES}
    except (ModelError, InputError):
        raise
    except Exception as exc:  # noqa: BLE001 - openpyxl's errors on broken parts
        raise InputError("input.unreadable", path=str(path), reason=str(exc)[:200]) from None
    finally:
        book.close()
    yes = about.get("scored_from_data_word", "")
    try:
        payload = build_payload(
            about.get("award_id", ""),
            [
                {"id": str(r[0]), "name": str(r[1] or ""), "weight": float(r[2]),
                 "scale_min": float(r[4]), "scale_max": float(r[5]), "from_data": r[7] == yes}
                for r in rows["criteria"]
            ],
            [{"id": str(r[0]), "name": str(r[1] or "")} for r in rows["jurors"]],
            [str(a) for a in nominees],
            [[str(r[0]), str(r[2])] for r in rows["conflicts"]],
            [[str(r[0]), str(r[2]), str(r[4]), float(r[6])] for r in rows["scores"]],
        )  # fmt: skip
    except (TypeError, ValueError, IndexError):
        # A cell that no longer holds what the protocol wrote (text in a number column).
        return about.get("award_id", ""), about.get("fingerprint", ""), ""
    return about.get("award_id", ""), about.get("fingerprint", ""), fingerprint(payload)


def _table(book, name: str) -> list[tuple[Any, ...]]:
    """The data rows of one of the input sheets (a header row, then the rows)."""
    if name not in book.sheetnames:
        raise ModelError("jury.not_protocol", path=name)
    rows = []
    for n, row in enumerate(book[name].iter_rows(min_row=2, values_only=True)):
        if n > 200_000:
            break
        if any(v is not None for v in row):
            rows.append(tuple(row))
    return rows
