"""The errors the library raises on purpose: each says in one line what is wrong with the input,
the configuration or the rules. All derive from `RewriterError`, itself a `ValueError`, so callers
that catch `ValueError` keep working."""
from __future__ import annotations

import difflib
from collections.abc import Iterable

# 10 MB: about a thousand long replies in one text. Lint and rewrite cost grows linearly (about 1.3 s
# and 6 s per MB on one core, `python benchmarks/scale.py`), so this bounds one call to about a minute.
DEFAULT_MAX_BYTES = 10_000_000
_MAX_UTF8_BYTES_PER_CHAR = 4


class RewriterError(ValueError):
    """Base of every error the library raises on purpose."""


class TextTooLong(RewriterError):
    """A text over the size limit (`max_bytes` in the config, `--max-bytes` on the command line)."""


def check_size(text: str, max_bytes: int) -> None:
    """Raise TextTooLong when `text`, in UTF-8, is over `max_bytes`."""
    if len(text) * _MAX_UTF8_BYTES_PER_CHAR <= max_bytes:
        return  # cannot be over the limit: no need to encode it
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        raise TextTooLong(f"the text is {size:,} bytes, over the limit of {max_bytes:,} (max_bytes in the config, --max-bytes)")


def unknown_name(key: str, name: str, kind: str, known: Iterable[str]) -> str:
    """`disable: unknown category 'boilerplat' (did you mean 'boilerplate'?)`: the name and the nearest real one."""
    close = difflib.get_close_matches(name, list(known), n=1, cutoff=0.6)
    return f"{key}: " * bool(key) + f"unknown {kind} {name!r}" + (f" (did you mean {close[0]!r}?)" if close else "")
