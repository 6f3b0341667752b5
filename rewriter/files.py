"""Reading drafts and writing them back atomically: a draft is never half-written or lost."""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

from .decode import Draft, InputError, decode_draft
from .mail import MailDraft, looks_like_mail, read_mail


def read_draft(path: str) -> Draft | MailDraft:
    """A draft from a file, or from standard input for `-`; a mail message (told by its headers) is read as one."""
    data = read_bytes(path)
    return read_mail(data) if looks_like_mail(data) else decode_draft(data)


def read_bytes(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    try:
        return Path(path).read_bytes()
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
        _write_through_rename(path, data, keep_mode=True)
    except OSError as error:
        raise InputError(f"cannot write it ({error.strerror}); the file is unchanged") from None


def write_new_file(path: Path, data: bytes) -> None:
    """Write a new file whole or not at all: a reader never sees half of it."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _write_through_rename(path, data, keep_mode=False)
    except OSError as error:
        raise InputError(f"cannot write {path} ({error.strerror or error})") from None


def _write_through_rename(path: Path, data: bytes, keep_mode: bool) -> None:
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        if keep_mode:
            shutil.copymode(path, temporary)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_stdout(data: bytes) -> None:
    """Bytes to standard output, after any text already printed: a message goes out as it was encoded."""
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()
