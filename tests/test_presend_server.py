"""`rewrite-presend --server URL`: the gate asks a running service, and checks by itself when it gets no answer."""
from __future__ import annotations

import json
import logging
import socket

import pytest

from live_server import LiveServer
from test_mail import MAIL
from test_presend import BLOCKED, CLEAN, gate, held, inbox  # noqa: F401  (fixtures)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def server():
    with LiveServer() as live:
        yield live


def asked(caplog) -> list[dict]:
    return [json.loads(r.getMessage()) for r in caplog.records if r.name == "rewriter.access"]


def test_the_gate_takes_the_services_verdict_and_blocks_as_it_would(gate, inbox, tmp_path, server, caplog):
    with caplog.at_level(logging.INFO, logger="rewriter.access"):
        result = gate((MAIL / BLOCKED).read_bytes(), "--server", server.url)
    err = result.stderr.decode()
    assert result.returncode == 1 and inbox.messages == []
    assert "error bg.evasion.poradi-lipsa «" in err and "checking here" not in err
    assert [(e["path"], e["status"]) for e in asked(caplog)] == [("/v1/message", 200)]
    (kept,) = held(tmp_path / "held")
    assert kept.read_bytes() == (MAIL / BLOCKED).read_bytes()


def test_a_clean_reply_checked_by_the_service_goes_out_byte_for_byte(gate, inbox, server):
    message = (MAIL / CLEAN).read_bytes()
    result = gate(message, "--server", server.url)
    assert result.returncode == 0, result.stderr.decode()
    assert inbox.messages == [(["andrey@mail.ru"], message)]


def test_with_the_service_down_the_gate_checks_the_message_itself(gate, inbox, tmp_path):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        nobody = f"http://127.0.0.1:{probe.getsockname()[1]}"
    result = gate((MAIL / BLOCKED).read_bytes(), "--server", nobody)
    err = result.stderr.decode()
    assert result.returncode == 1 and inbox.messages == []
    assert f"the service at {nobody} gave no verdict" in err and "error bg.evasion.poradi-lipsa «" in err
    assert len(held(tmp_path / "held")) == 1
