"""Reading drafts and writing them back atomically: a draft is never half-written or lost."""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

from .decode import Draft, InputError, decode_draft


def read_draft(path: str) -> Draft:
    """A draft from a file, or from standard input for `-`."""
    if path == "-":
        return decode_draft(sys.stdin.buffer.read())
    try:
        return decode_draft(Path(path).read_bytes())
    except FileNotFoundError:
        raise InputError("no such file") from None
    except IsADirectoryError:
        raise InputError("is a folder, not a draft") from None
    except OSError as error:
        raise InputError(f"cannot read it ({error.strerror})") from None


def write_atomically(path: Path, data: bytes, backup: bool) -> None:
    """Write through a temporary file in the same folder and a rename; keep `PATH.orig` if asked."""
    try:
        if backup:
            shutil.copy2(path, path.with_name(path.name + ".orig"))
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            shutil.copymode(path, temporary)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as error:
        raise InputError(f"cannot write it ({error.strerror}); the file is unchanged") from None
