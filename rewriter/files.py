"""Reading drafts and writing them back atomically: a draft is never half-written or lost."""
from __future__ import annotations

import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from .decode import Draft, InputError, decode_draft
from .mail import MailDraft, looks_like_mail, read_mail
from .translation import N_


def read_draft(path: str) -> Draft | MailDraft:
    """A draft from a file, or from standard input for `-`; a mail message (told by its headers) is read as one."""
    data = read_bytes(path)
    return read_mail(data) if looks_like_mail(data) else decode_draft(data)


def read_bytes(path: str) -> bytes:
    """A regular file's bytes, or standard input's for `-`. A pipe, device or socket by name is refused:
    opened without blocking, its type is checked before anything is read (/dev/zero never ends)."""
    if path == "-":
        if sys.stdin is None:
            raise InputError(N_("standard input is closed"))
        try:
            return sys.stdin.buffer.read()
        except OSError as error:
            raise InputError(f"cannot read standard input ({error.strerror or error})") from None
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise InputError(N_("no such file")) from None
    except OSError as error:
        raise InputError(f"cannot read it ({error.strerror})") from None
    kind = os.fstat(descriptor).st_mode
    if not stat.S_ISREG(kind):
        os.close(descriptor)
        if stat.S_ISDIR(kind):
            raise InputError(N_("is a folder, not a draft"))
        raise InputError(N_("is not a regular file (a pipe, device or socket); pipe its text into `rewrite -` instead"))
    with os.fdopen(descriptor, "rb") as handle:
        try:
            return handle.read()
        except OSError as error:
            raise InputError(f"cannot read it ({error.strerror})") from None


def write_atomically(path: Path, data: bytes, backup: bool) -> None:
    """Write through a temporary file and a rename, so the file is old or new, never half; keep
    `PATH.orig` if asked, written the same way (a kill leaves the old backup or none, never an empty
    one). A symlink is written through: its target, in its own folder, gets the new text; the link stays."""
    target = Path(os.path.realpath(path))
    try:
        if backup:
            _write_through_rename(path.with_name(path.name + ".orig"), target.read_bytes(), lambda new: shutil.copystat(target, new))
        _write_through_rename(target, data, lambda new: shutil.copymode(target, new))
    except OSError as error:
        raise InputError(f"cannot write it ({error.strerror}); the file is unchanged") from None


def write_new_file(path: Path, data: bytes) -> None:
    """Write a new file whole or not at all: a reader never sees half of it."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _write_through_rename(path, data)
    except OSError as error:
        raise InputError(f"cannot write {path} ({error.strerror or error})") from None


def _write_through_rename(path: Path, data: bytes, copy_metadata: Callable[[str], None] | None = None) -> None:
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        if copy_metadata is not None:
            copy_metadata(temporary)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_stdout(data: bytes) -> None:
    """Bytes to standard output, after any text already printed: a message goes out as it was encoded."""
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()
