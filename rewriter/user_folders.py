"""Where the user's cache and held messages live; with no usable home, nowhere rather than `/`.

`HOME=''` makes Python's `~` the root folder, and a user with no home at all leaves `~` as it
is, a folder of that name wherever the command runs: neither is a place to write.
"""
from __future__ import annotations

import os
from pathlib import Path


def user_home() -> Path | None:
    """$HOME, else the account's home folder; None when neither is an absolute path below `/`."""
    home = os.environ.get("HOME")
    if home is None:
        try:
            import pwd

            home = pwd.getpwuid(os.getuid()).pw_dir
        except (ImportError, KeyError, AttributeError):  # no pwd (Windows), or no account for this uid
            return None
    return _usable(home)


def cache_root() -> Path | None:
    """REWRITER_CACHE_DIR, else XDG_CACHE_HOME or ~/.cache, then `rewriter`; None when there is no such place."""
    if os.environ.get("REWRITER_CACHE_DIR"):
        return Path(os.environ["REWRITER_CACHE_DIR"])
    return _under("XDG_CACHE_HOME", ".cache", "rewriter")


def default_hold_dir() -> Path | None:
    """REWRITER_HOLD_DIR, else XDG_STATE_HOME or ~/.local/state, then `rewriter/held`."""
    if os.environ.get("REWRITER_HOLD_DIR"):
        return Path(os.environ["REWRITER_HOLD_DIR"]).expanduser()
    return _under("XDG_STATE_HOME", ".local/state", "rewriter/held")


def _under(variable: str, in_home: str, name: str) -> Path | None:
    base = _usable(os.environ.get(variable, ""))  # the XDG spec: a relative path is to be ignored
    if base is None:
        home = user_home()
        base = home / in_home if home is not None else None
    return base / name if base is not None else None


def _usable(folder: str) -> Path | None:
    path = Path(folder)
    return path if path.is_absolute() and path != Path(path.anchor) else None
