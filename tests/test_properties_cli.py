"""Generated input through the command and the gate: the promises hold for any bytes.

- `rewrite --check`, `rewrite` and `rewrite --in-place` exit 0, 1 or 2; exit 2 comes with one error
  line and no traceback (besides `rewrite`'s notice that no model is configured).
- `--in-place` never loses the original: the file is as it was, or its backup holds it byte for byte,
  and no temporary file is left.
- `rewrite-presend` sends a generated message or holds it whole.

Input: random bytes, replies from the corpus with broken UTF-8, in cp1251 or koi8-r, with CRLF line
ends or a BOM, letters from rare scripts, one huge line. main() runs in process; a few examples go
through real processes (marked slow).
"""
from __future__ import annotations

import io
import shlex
import subprocess
import sys
import tempfile
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from rewriter import cli, presend

CORPUS = Path(__file__).parent / "corpus"
REPLIES = [case["text"] for name in ("drafts_ru", "drafts_bg", "plain_ru", "plain_bg")
           for case in yaml.safe_load((CORPUS / f"{name}.yaml").read_text(encoding="utf-8"))]
RARE_LETTERS = "\U00017000\U0001e900\U000118a0\u0d85\u1401\ua500\U00010400\u2d30"
SETTINGS = settings(max_examples=100, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
NO_MODEL_NOTICE = "rewrite: no model configured"

reply = st.sampled_from(REPLIES)


@st.composite
def broken_utf8(draw) -> bytes:
    data = bytearray(draw(reply).encode("utf-8"))
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(data) - 1))
        how = draw(st.sampled_from(["flip", "insert", "delete"]))
        if how == "flip":
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif how == "insert":
            data.insert(at, draw(st.integers(0x80, 0xFF)))
        else:
            del data[at]
    return bytes(data)


@st.composite
def with_odd_letters(draw) -> bytes:
    text = draw(reply)
    for _ in range(draw(st.integers(1, 5))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.sampled_from(RARE_LETTERS + "\u200b\u202e\ufeff\u00ad\u0301")) + text[at:]
    return text.encode("utf-8")


legacy = st.builds(lambda text, encoding: text.encode(encoding, "replace"), reply, st.sampled_from(["cp1251", "koi8-r"]))
huge_line = st.builds(lambda text, times: (text.replace("\n", " ") * times).encode("utf-8"), reply, st.integers(10, 40))
any_text = st.text(max_size=400).map(lambda text: text.encode("utf-8", "surrogatepass"))
payload = st.one_of(st.binary(max_size=600), broken_utf8(), legacy, with_odd_letters(), any_text, reply.map(str.encode))


@st.composite
def draft_bytes(draw) -> bytes:
    data = draw(st.one_of(payload, huge_line))
    if draw(st.booleans()):
        data = data.replace(b"\n", b"\r\n")
    return draw(st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"])) + data


@pytest.fixture(scope="module")
def config(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("config") / "rewriter.toml"
    path.write_text("required_parts = []\n", encoding="utf-8")
    return str(path)


@contextmanager
def captured():
    """stdout and stderr as bytes-backed text streams, as a real process has (the rewrite of a message writes bytes)."""
    out, err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8"), io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    said = {}
    with redirect_stdout(out), redirect_stderr(err):
        yield said
        out.flush(), err.flush()
    said["out"] = out.buffer.getvalue()
    said["err"] = err.buffer.getvalue().decode("utf-8")


def run_cli(*argv: str) -> tuple[int, str]:
    with captured() as said:
        code = cli.main(list(argv))
    return code, said["err"]


def assert_exit_code_keeps_its_promise(code: int, err: str) -> None:
    event(f"exit {code}")  # --hypothesis-show-statistics shows how the examples spread
    assert code in (0, 1, 2), err
    assert "Traceback" not in err
    if code == 2:
        lines = [line for line in err.splitlines() if not line.startswith(NO_MODEL_NOTICE)]
        assert len(lines) == 1 and lines[0].startswith("rewrite: error: "), err


@SETTINGS
@given(
    data=draft_bytes(),
    mode=st.sampled_from([["--check"], ["--check", "--format", "json"], ["--check", "--format", "sarif"], [], ["--diff"]]),
)
def test_check_and_rewrite_exit_0_1_or_2_and_2_is_one_line(config, data, mode):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "draft.txt"
        path.write_bytes(data)
        code, err = run_cli(*mode, "--config", config, str(path))
        assert_exit_code_keeps_its_promise(code, err)
        assert path.read_bytes() == data


@SETTINGS
@given(data=draft_bytes())
def test_in_place_never_loses_or_truncates_the_original(config, data):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "draft.txt"
        path.write_bytes(data)
        code, err = run_cli("--in-place", "--config", config, str(path))
        assert_exit_code_keeps_its_promise(code, err)
        backup = path.with_name("draft.txt.orig")
        assert path.read_bytes() == data or backup.read_bytes() == data
        assert sorted(p.name for p in Path(folder).iterdir()) in (["draft.txt"], ["draft.txt", "draft.txt.orig"])


@SETTINGS
@given(data=draft_bytes())
def test_standard_input_is_judged_like_a_file(config, data):
    stdin = io.TextIOWrapper(io.BytesIO(data))
    original, sys.stdin = sys.stdin, stdin
    try:
        code, err = run_cli("--check", "--config", config, "-")
    finally:
        sys.stdin = original
    assert_exit_code_keeps_its_promise(code, err)


# -- the gate -------------------------------------------------------------------------------------

HEADERS = b"From: help@techshop.ru\r\nTo: andrey@mail.ru\r\nSubject: Re: order\r\n"


@st.composite
def message(draw) -> bytes:
    """A message with a generated body: any charset said or not, any transfer encoding, nested any depth."""
    body = draw(payload)
    charset = draw(st.sampled_from([None, "utf-8", "cp1251", "koi8-r", "us-ascii", "x-unknown"]))
    encoding = draw(st.sampled_from([None, "8bit", "base64", "quoted-printable"]))
    content_type = b"Content-Type: text/plain" + (f"; charset={charset}".encode() if charset else b"") + b"\r\n"
    part = content_type + (f"Content-Transfer-Encoding: {encoding}\r\n".encode() if encoding else b"") + b"\r\n" + body
    for depth in range(draw(st.sampled_from([0, 0, 1, 3, 60]))):
        part = (b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (depth, depth)) + part + b"\r\n--b%d--\r\n" % depth
    return HEADERS + draw(st.sampled_from([b"", b"MIME-Version: 1.0\r\n"])) + part


def run_gate(data: bytes, folder: Path, sendmail: str, *options: str) -> tuple[int, str, bytes | None, list[bytes]]:
    """`sent` is what sendmail took (it exited 0); `sendmail` is shell run after reading, before taking."""
    script = folder / "sendmail.sh"
    script.write_text(f'#!/bin/sh\ncat > "{folder}/taking.eml"\n{sendmail}\nmv "{folder}/taking.eml" "{folder}/sent.eml"\n',
                      encoding="utf-8")
    script.chmod(0o755)
    original, sys.stdin = sys.stdin, io.TextIOWrapper(io.BytesIO(data))
    try:
        with captured() as said:
            code = presend.main([*options, "--hold-dir", str(folder / "held"), "--sendmail", shlex.quote(str(script)), "--", "a@b.c"])
    finally:
        sys.stdin = original
    sent = (folder / "sent.eml").read_bytes() if (folder / "sent.eml").exists() else None
    held = [p.read_bytes() for p in sorted((folder / "held").glob("*.eml"))] if (folder / "held").exists() else []
    return code, said["err"], sent, held


@SETTINGS
@given(data=message(), add_header=st.booleans(), sendmail=st.sampled_from(["", "", "", "exit 75", "kill -9 $$"]))
def test_the_gate_sends_a_generated_message_or_holds_it_whole(data, add_header, sendmail):
    with tempfile.TemporaryDirectory() as folder:
        code, err, sent, held = run_gate(data, Path(folder), sendmail, *(["--add-header"] if add_header else []))
    assert "Traceback" not in err
    event(f"exit {code}")
    if code == 0:
        assert held == [] and sent is not None
        assert sent == data or (add_header and sent.split(b"\r\n", 1)[1] == data and sent.startswith(b"X-Rewriter-Verdict: "))
    else:
        assert code in (1, 2) and sent is None and held == [data], err


# -- real processes -------------------------------------------------------------------------------

@pytest.mark.slow
@settings(max_examples=2, deadline=None, derandomize=True)
@given(data=draft_bytes())
def test_in_a_real_process_too(python, config, data):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "draft.txt"
        path.write_bytes(data)
        for mode in (["--check"], ["--in-place"]):
            result = subprocess.run([python, "-m", "rewriter", *mode, "--config", config, str(path)], capture_output=True, timeout=120)
            assert_exit_code_keeps_its_promise(result.returncode, result.stderr.decode("utf-8", "replace"))
        assert path.read_bytes() == data or path.with_name("draft.txt.orig").read_bytes() == data
