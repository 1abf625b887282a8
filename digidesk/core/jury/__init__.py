"""The jury's work on an award: edits with an audit trail, the four aggregation methods,
agreement, sensitivity, scores from data, juror sheets and the signed protocol.

Pure Python (no Qt); ``docs/jury.md`` states every definition for users, and the code
follows it to the letter.
"""
