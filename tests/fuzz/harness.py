"""Run fuzzed files through the import, in worker processes like the app's reader.

Each input is written to a file and imported by ``import_file`` exactly as the worker does
it (read, find tables, roles, tidy), in a pool of long-lived processes with the worker's
memory cap, so that thousands of inputs fit in minutes. A typed DigiDesk error is a correct
answer; any other exception, a dead process or more than ``TIMEOUT`` seconds is a failure,
and the input is kept in ``tests/fuzz/regressions/`` to be replayed by every later run.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import tempfile
import traceback
from concurrent.futures import ProcessPoolExecutor, TimeoutError
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

TIMEOUT = 10.0
REGRESSIONS = Path(__file__).parent / "regressions"


@dataclass(frozen=True)
class Outcome:
    name: str
    status: str  # "ok", "refused" (a typed error), "bug", "crash" or "hang"
    detail: str = ""


def _start_worker() -> None:
    from digidesk.core.io.limits import DEFAULT_LIMITS
    from digidesk.core.io.worker import _cap_memory

    _cap_memory(min(DEFAULT_LIMITS.reader_memory_bytes, 2 * 1024**3))


def _import_one(name: str, data: bytes) -> Outcome:
    from digidesk.core.errors import DigiDeskError
    from digidesk.core.io.pipeline import import_file

    folder = tempfile.mkdtemp(prefix="digidesk-fuzz-")
    path = Path(folder) / name
    path.write_bytes(data)
    try:
        import_file(path, in_worker=False)
        return Outcome(name, "ok")
    except DigiDeskError as error:
        return Outcome(name, "refused", error.code)
    except MemoryError:
        return Outcome(name, "refused", "memory")
    except Exception:  # noqa: BLE001 - what the fuzzer is looking for
        return Outcome(name, "bug", traceback.format_exc(limit=8))
    finally:
        path.unlink(missing_ok=True)
        os.rmdir(folder)


class Importer:
    """A pool of import processes that survives a crash or a hang of one input."""

    def __init__(self, workers: int = 2) -> None:
        self._workers = workers
        self._pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            self._workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_worker,
        )

    def run(self, inputs: list[tuple[str, bytes]]) -> list[Outcome]:
        futures = [
            (name, data, self._pool.submit(_import_one, name, data)) for name, data in inputs
        ]
        outcomes = []
        broken = False
        for name, data, future in futures:
            if broken:
                outcomes.append(self._alone(name, data))
                continue
            try:
                outcomes.append(future.result(timeout=TIMEOUT))
            except TimeoutError:
                outcomes.append(Outcome(name, "hang", f"over {TIMEOUT:g} s"))
                self._restart()
                broken = True
            except BrokenProcessPool:
                self._restart()
                broken = True
                outcomes.append(self._alone(name, data))
        return outcomes

    def _alone(self, name: str, data: bytes) -> Outcome:
        """After a crash or a hang, the rest one at a time, to name the culprit exactly."""
        future = self._pool.submit(_import_one, name, data)
        try:
            return future.result(timeout=TIMEOUT)
        except TimeoutError:
            self._restart()
            return Outcome(name, "hang", f"over {TIMEOUT:g} s")
        except BrokenProcessPool:
            self._restart()
            return Outcome(name, "crash", "the import process died")

    def _restart(self) -> None:
        for process in list(getattr(self._pool, "_processes", {}).values()):
            process.kill()
        self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool = self._new_pool()

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


def keep_regression(name: str, data: bytes) -> Path:
    """Save a failing input where every later test run replays it."""
    REGRESSIONS.mkdir(exist_ok=True)
    digest = hashlib.sha256(data).hexdigest()[:16]
    path = REGRESSIONS / f"{digest}{Path(name).suffix}"
    path.write_bytes(data)
    return path
