"""Writing back never loses a draft: the old file stays whole when the write fails."""
from __future__ import annotations

import os

import pytest

from rewriter.decode import InputError
from rewriter.files import write_atomically


def test_written_file_replaces_the_old_one_and_keeps_a_backup(tmp_path):
    path = tmp_path / "draft.txt"
    path.write_bytes(b"old")
    write_atomically(path, b"new", backup=True)
    assert path.read_bytes() == b"new"
    assert (tmp_path / "draft.txt.orig").read_bytes() == b"old"


@pytest.mark.parametrize(
    "step, error, message",
    [
        ("replace", PermissionError(13, "Permission denied"), "unchanged"),
        ("fsync", OSError(28, "No space left on device"), "No space left"),
    ],
    ids=["read-only folder", "full disk"],
)
def test_a_failed_write_leaves_the_draft_whole_and_no_temporary_file(tmp_path, monkeypatch, step, error, message):
    path = tmp_path / "draft.txt"
    path.write_bytes(b"old")

    def fail(*_args):
        raise error

    monkeypatch.setattr(os, step, fail)
    with pytest.raises(InputError, match=message):
        write_atomically(path, b"new", backup=False)
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["draft.txt"]
