"""Named limits that keep a hostile or broken file from hanging or exhausting the app.

Sizes are checked against what is actually read or inflated, never against what
a file declares about itself (``<dimension>``, ``uniqueCount``, ODS repeat counts)
or how well it compresses: formatting down to row 1,000,000 is not content.
The defaults are frozen in ``tests/core/io/test_limits.py``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Limits:
    # The file on disk.
    max_file_bytes: int = 512 * 1024 * 1024
    # A zip container (xlsx, ods): one member inflated, and all members inflated.
    max_member_bytes: int = 256 * 1024 * 1024
    max_total_inflated_bytes: int = 1024 * 1024 * 1024
    # Cells that hold a value, over all sheets read; columns in one sheet; and the cells
    # of one sheet's grid from A1 to its last filled row and column (empty ones too).
    max_cells: int = 20_000_000
    max_columns: int = 16_384
    max_grid_cells: int = 50_000_000
    # Memory for the reader process (bytes of address space) and its wall-clock time.
    reader_memory_bytes: int = 3 * 1024 * 1024 * 1024
    reader_seconds: float = 120.0


DEFAULT_LIMITS = Limits()
