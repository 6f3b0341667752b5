"""What the output stream is: whether to color, how wide to wrap, and a reader that left early."""
from __future__ import annotations

import contextlib
import functools
import os
import shutil
import sys
from typing import Protocol, TextIO

# The status a shell shows for a program a closed pipe stopped (128 + SIGPIPE), as `git log | head` gives.
EXIT_PIPE_CLOSED = 141

_STYLES = {"error": "1;31", "warning": "33", "info": "36", "summary": "1", "removed": "31", "added": "32"}


def use_color(choice: str, stream: TextIO | None = None) -> bool:
    """`always` and `never` as said; `auto` colors a terminal unless NO_COLOR is set or TERM is dumb."""
    if choice != "auto":
        return choice == "always"
    stream = stream or sys.stdout
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    return bool(stream is not None and stream.isatty())


def paint(text: str, style: str, color: bool) -> str:
    """`text` in the style's ANSI color when `color` is on; unchanged otherwise."""
    code = _STYLES.get(style)
    return f"\x1b[{code}m{text}\x1b[0m" if color and code and text else text


def wrap_width(asked: int | None = None, stream: TextIO | None = None) -> int | None:
    """The width to wrap lines to: `asked` (0: never), else the terminal's; None in a pipe (no wrapping)."""
    if asked is not None:
        return asked or None
    stream = stream or sys.stdout
    if stream is not None and stream.isatty():
        return max(shutil.get_terminal_size().columns, 40)
    return None


def quiet_after_closed_pipe() -> int:
    """After a BrokenPipeError: nothing more is said (the reader left on purpose, as `| head` does),
    and what is still buffered goes nowhere rather than to a second error at exit."""
    with contextlib.suppress(OSError, AttributeError, ValueError):  # no stdout, or one with no descriptor
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return EXIT_PIPE_CLOSED


class CommandMain(Protocol):
    def __call__(self, argv: list[str] | None = None) -> int: ...


def closed_pipe_is_quiet(main: CommandMain) -> CommandMain:
    """A command's `main` that ends quietly (EXIT_PIPE_CLOSED) when its reader leaves early."""

    @functools.wraps(main)
    def quiet_main(argv: list[str] | None = None) -> int:
        try:
            code = main(argv)
            if sys.stdout is not None:
                sys.stdout.flush()  # a closed pipe shows here, not as a second error at exit
            return code
        except BrokenPipeError:
            return quiet_after_closed_pipe()

    return quiet_main
