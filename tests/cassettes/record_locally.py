"""Record the cassettes against the local test server with the scripted replies the tests expect,
for when no real endpoint is at hand; with one, see the docstring of tests/test_cassettes.py.

    python tests/cassettes/record_locally.py     (deletes and re-records every cassette)
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(TESTS))

from openai_server import LocalChatServer, Step  # noqa: E402
from replies import GOOD, PROMISES_REFUND  # noqa: E402

CASES = {
    "rewrite_ru.yaml": ("test_a_recorded_rewrite_replays_through_the_sdk and ru", [GOOD["ru"]]),
    "rewrite_bg.yaml": ("test_a_recorded_rewrite_replays_through_the_sdk and bg", [GOOD["bg"]]),
    "reask_bg.yaml": ("test_a_recorded_re_ask_replays_both_turns", [PROMISES_REFUND["bg"], GOOD["bg"]]),
}

with LocalChatServer() as server:
    for cassette, (selection, replies) in CASES.items():
        (TESTS / "cassettes" / cassette).unlink(missing_ok=True)
        server.script(*(Step(reply=reply) for reply in replies))
        env = {**os.environ, "REWRITER_RECORD_MODE": "once", "REWRITER_RECORD_BASE_URL": server.base_url}
        subprocess.run([sys.executable, "-m", "pytest", "-q", str(TESTS / "test_cassettes.py"), "-k", selection], env=env, check=False)
