"""The jury protocol as a PDF (reportlab), with DejaVu Sans embedded so that å, ä, ö and ø
print everywhere. The font is the one matplotlib ships in its mpl-data folder.

Same content as the workbook (:mod:`digidesk.core.export.protocol`): award and date,
jurors and conflicts, criteria and weights, every juror's scores and comments, every
method's results, the chosen method and final ranking, agreement, sensitivity, the audit
trail after locking, signature lines and the fingerprint (also in the PDF's metadata);
and, where the caller draws it, the nominees' profile chart after the results.
Words and number formatting come from the caller.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path
from xml.sax.saxutils import escape

from digidesk.core.atomic import atomic_target
from digidesk.core.export.protocol import after_lock
from digidesk.core.jury.results import JuryResults
from digidesk.core.model.award import METHODS

Number = Callable[[float | None, int], str]
_FONT, _BOLD, _MONO = "DigiDeskSans", "DigiDeskSans-Bold", "DigiDeskMono"


def _register_fonts() -> None:
    import matplotlib
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if _FONT in pdfmetrics.getRegisteredFontNames():
        return
    folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    pdfmetrics.registerFont(TTFont(_FONT, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(_BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont(_MONO, str(folder / "DejaVuSansMono.ttf")))
    pdfmetrics.registerFontFamily(_FONT, normal=_FONT, bold=_BOLD, italic=_FONT, boldItalic=_BOLD)


def write_protocol_pdf(
    results: JuryResults,
    path: str | os.PathLike[str],
    words: Mapping[str, str],
    method_name: Callable[[str], str],
    date: str,
    number: Number,
    profile_picture: str | os.PathLike[str] | None = None,
) -> None:
    """``profile_picture``: a PNG of the nominees' profile
    (:func:`digidesk.core.jury.profile.save_profile_picture`), printed after the results."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (
        Image,
        KeepTogether,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    _register_fonts()
    body = ParagraphStyle("body", fontName=_FONT, fontSize=9, leading=12)
    small = ParagraphStyle("small", parent=body, fontSize=8, leading=10)
    head = ParagraphStyle("head", parent=body, fontName=_BOLD, fontSize=8, leading=10)
    h1 = ParagraphStyle("h1", parent=body, fontName=_BOLD, fontSize=16, leading=20)
    h2 = ParagraphStyle("h2", parent=body, fontName=_BOLD, fontSize=11, leading=14,
                        spaceBefore=10, spaceAfter=4)  # fmt: skip
    mono = ParagraphStyle("mono", parent=body, fontName=_MONO, fontSize=8.5)
    banner = ParagraphStyle("banner", parent=body, fontName=_BOLD, backColor="#FFF4CE",
                            borderPadding=4, spaceBefore=4, spaceAfter=6)  # fmt: skip
    award, inputs = results.award, results.inputs
    names = {n.area_id: n.name for n in award.nominees}
    jurors = {j.id: j.name for j in award.jurors}

    def p(text: str, style=body) -> Paragraph:
        return Paragraph(escape(text), style)

    def table(rows, widths, header: bool = True) -> Table:
        cells = [[c if isinstance(c, Paragraph) else p(str(c), small) for c in r] for r in rows]
        if header:
            cells[0] = [p(str(c), head) if not isinstance(c, Paragraph) else c for c in rows[0]]
        t = Table(cells, colWidths=widths, repeatRows=1 if header else 0)
        t.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F2F2F2")]),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]))  # fmt: skip
        return t

    story = [
        p(f"{words['protocol']}: {award.name} {award.year or ''}".strip(), h1),
        p(f"{award.organiser}".strip()),
        p(f"{words['date']}: {date}"),
        Spacer(1, 6),
    ]
    chosen = results.chosen
    verdict = words["winner_differs"] if results.winner_differs else words["winner_same"]
    winners = "; ".join(
        f"{method_name(m)}: " + " & ".join(names[a] for a in results.methods[m].winners)
        for m in METHODS
    )
    story.append(p(f"{verdict} {winners}", banner))
    story.append(p(f"{words['final_ranking']} – {words['chosen_method'].lower()}: "
                   f"{method_name(award.chosen_method)}", h2))  # fmt: skip
    rows = [[words["place"], words["nominee"], words["score"]]]
    for area_id in results.final_ranking():
        placing = chosen.placings[area_id]
        place = "" if placing.rank is None else str(placing.rank)
        if placing.tied:
            place += f" ({words['tied']})"
        rows.append([place, names[area_id], number(placing.score, 3)])
    story.append(table(rows, [2.5 * cm, 9 * cm, 3 * cm]))

    story.append(p(words["jurors"], h2))
    rows = [[words["juror"], words["conflicts"]]]
    for juror in award.jurors:
        conflicts = "; ".join(
            f"{names.get(c.area_id, c.area_id)}: {c.reason}".rstrip(": ") for c in juror.conflicts
        )
        rows.append([juror.name, conflicts or "–"])
    story.append(table(rows, [6 * cm, 11 * cm]))

    story.append(p(words["criteria"], h2))
    weights = inputs.normalised_weights()
    rows = [[words["number"], words["criterion"], words["weight"], words["share"],
             words["scale"], words["from_data"]]]  # fmt: skip
    for n, c in enumerate(award.criteria, start=1):
        low, high = award.scale(c)
        data = c.id in award.scored_from_data and bool(results.data.get(c.id))
        share = f"{number(100 * weights.get(c.id, 0), 1)} %"
        scale = f"{number(low, -1)}–{number(high, -1)}"
        data_text = words["yes"] if data else ""
        rows.append([str(n), c.name, number(c.weight, -1), share, scale, data_text])
    story.append(table(rows, [1 * cm, 7 * cm, 2 * cm, 2.5 * cm, 2 * cm, 2.9 * cm]))

    story.append(p(words["scores"], h2))
    story.append(p(words["scores_note"].format(n=len(award.criteria)), small))
    width = (17.4 - 4.6) / max(len(award.criteria), 1)
    for juror in award.jurors:
        rows = [[juror.name] + [str(n) for n in range(1, len(award.criteria) + 1)]]
        notes = []
        for nominee in award.nominees:
            row = [nominee.name]
            conflict = juror.conflict(nominee.area_id)
            for c in award.criteria:
                value = inputs.scores.get((juror.id, nominee.area_id, c.id))
                row.append(words["conflict"] if conflict else number(value, -1))
                score = award.score(juror.id, nominee.area_id, c.id)
                if score is not None and score.comment and not conflict:
                    notes.append(f"{nominee.name}, {c.name}: {score.comment}")
            rows.append(row)
        block = [table(rows, [4.6 * cm] + [width * cm] * len(award.criteria))]
        block += [p(n, small) for n in notes]
        block.append(Spacer(1, 6))
        story.append(KeepTogether(block))

    story.append(p(words["results"], h2))
    rows = [[words["nominee"]] + [method_name(m) for m in METHODS]
            + [words["disagreement"], words["win_share"].format(draws=1000)]]  # fmt: skip
    for area_id in inputs.nominees:
        row = [names[area_id]]
        for m in METHODS:
            placing = results.methods[m].placings[area_id]
            rank = "" if placing.rank is None else f" ({placing.rank}{'=' if placing.tied else ''})"
            row.append(number(placing.score, 3) + rank)
        row.append(number(results.disagreement[area_id], 2))
        share = results.win_shares.get(area_id)
        row.append("" if share is None else f"{number(100 * share, 1)} %")
        rows.append(row)
    story.append(table(rows, [3.6 * cm] + [2.3 * cm] * 4 + [2.2 * cm, 2.4 * cm]))
    if results.unreliable:
        story.append(p(f"{method_name('zscore')}: "
                       + ", ".join(jurors[j] for j in results.unreliable)
                       + f" – {words['unreliable']}", small))  # fmt: skip

    if profile_picture is not None:
        from reportlab.lib.utils import ImageReader

        wide, high = ImageReader(str(profile_picture)).getSize()
        width = 15.5 * cm
        picture = Image(str(profile_picture), width=width, height=width * high / wide)
        story.append(KeepTogether([p(words["profile"], h2), picture,
                                   p(words["profile_note"], small)]))  # fmt: skip

    story.append(p(words["agreement"], h2))
    w = results.kendall.w
    story.append(p(words["kendall"].format(
        w=number(w, 3) if w is not None else words["not_defined"],
        m=len(results.kendall.jurors))))  # fmt: skip
    rows = [[words["juror"] + " A", words["juror"] + " B", words["spearman"], words["common"]]]
    for pair in results.spearman:
        rho = number(pair.rho, 3) if pair.rho is not None else words["not_defined"]
        rows.append([jurors[pair.juror_a], jurors[pair.juror_b], rho, str(pair.nominees)])
    story.append(table(rows, [5.5 * cm, 5.5 * cm, 3 * cm, 3 * cm]))

    story.append(p(words["sensitivity"], h2))
    rows = [[words["criterion"], words["smallest_change"], words["new_winner"]]]
    for c in award.criteria:
        s = results.sensitivity[c.id].nearest
        if s is None:
            rows.append([c.name, words["none_within"], ""])
        else:
            sign = "+" if s.relative_change >= 0 else "−"
            change = f"{sign}{number(abs(100 * s.relative_change), 0)} %"
            rows.append([c.name, change, ", ".join(names.get(a, a) for a in s.winners)])
    story.append(table(rows, [7 * cm, 5 * cm, 5 * cm]))

    story.append(p(words["audit"], h2))
    locks, audit = after_lock(results)
    if not locks:
        story.append(p(words["never_locked"]))
    else:
        rows = [[words["time"], words["source"], words["juror"], words["nominee"],
                 words["criterion"], words["old"], words["new"]]]  # fmt: skip
        for r in locks:
            rows.append([r.time, words[r.action], r.by, r.reason, "", "", ""])
        criteria = {c.id: c.name for c in award.criteria}
        for a in audit:
            rows.append([a.time, a.source, jurors.get(a.juror_id, a.juror_id),
                         names.get(a.area_id, a.area_id), criteria.get(a.criterion_id, ""),
                         number(a.old, -1), number(a.new, -1)])  # fmt: skip
        widths = [3.4, 2.6, 2.8, 2.8, 2.8, 1.5, 1.5]
        story.append(table(rows, [w * cm for w in widths]))
        if not audit:
            story.append(p(words["no_changes"], small))

    story.append(p(words["signatures"], h2))
    rows = [[juror.name, ""] for juror in award.jurors]
    signatures = table([[words["juror"], words["signature"]], *rows], [6 * cm, 11 * cm])
    signatures.setStyle(TableStyle([
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white]),
        ("LINEBELOW", (1, 1), (1, -1), 0.5, colors.black),
        ("TOPPADDING", (0, 1), (-1, -1), 18),
    ]))  # fmt: skip
    story.append(KeepTogether([p(words["signatures"], h2), signatures]))
    story.append(p(words["fingerprint"], h2))
    story.append(p(results.fingerprint, mono))
    story.append(p(words["fingerprint_note"], small))

    def footer(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(_FONT, 7.5)
        canvas.drawString(1.8 * cm, 1.0 * cm, f"{award.name} – {words['fingerprint']}: "
                          f"{results.fingerprint[:16]}…")  # fmt: skip
        canvas.drawRightString(A4[0] - 1.8 * cm, 1.0 * cm,
                               words["page"].format(page=doc.page))  # fmt: skip
        canvas.restoreState()

    with atomic_target(path) as temp:
        doc = SimpleDocTemplate(
            str(temp), pagesize=A4, leftMargin=1.8 * cm, rightMargin=1.8 * cm,
            topMargin=1.6 * cm, bottomMargin=1.8 * cm,
            title=f"{words['protocol']}: {award.name}", author="DigiDesk",
            subject=f"sha256:{results.fingerprint}", keywords=results.fingerprint,
        )  # fmt: skip
        doc.build(story, onFirstPage=footer, onLaterPages=footer)
