import subprocess
import sys
import time
from pathlib import Path

import pytest

from fvmdocs.errors import LockError
from fvmdocs.store.lock import LOCK_NAME, home_lock

HOLDER = """
import sys, time
from pathlib import Path
from fvmdocs.store.lock import home_lock
with home_lock(Path(sys.argv[1]), timeout=1):
    print("held", flush=True)
    time.sleep(30)
"""


def test_second_writer_stops_with_a_clear_message(tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(tmp_path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        started = time.monotonic()
        with pytest.raises(LockError, match="another fvmdocs ingest"), home_lock(tmp_path, timeout=0.3):
            pass
        assert time.monotonic() - started < 5
    finally:
        holder.kill()
        holder.wait()
    # The holder died without releasing: the OS frees the lock, so the next run proceeds.
    with home_lock(tmp_path, timeout=2):
        assert (tmp_path / LOCK_NAME).exists()


def test_lock_is_reentrant_after_release(tmp_path: Path) -> None:
    with home_lock(tmp_path, timeout=0.1):
        pass
    with home_lock(tmp_path, timeout=0.1):
        pass
