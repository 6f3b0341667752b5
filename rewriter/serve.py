"""`rewrite serve`: run the HTTP service (the native API, LanguageTool's API and the web page) under uvicorn."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .cli import _positive
from .config import load_config
from .errors import RewriterError

EXIT_USAGE = 2
_LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rewrite serve",
        description="Serve the checker over HTTP: /v1 (native JSON), /v2 (LanguageTool's API) and a web page at /. "
        "Set REWRITER_TOKEN to require 'Authorization: Bearer <token>'.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this machine only)")
    parser.add_argument("--port", type=int, default=8080, help="port (default: 8080)")
    parser.add_argument("--workers", type=_positive, default=1, metavar="N", help="processes, each with its own engine (default: 1)")
    parser.add_argument("--max-body", type=_positive, default=1_000_000, metavar="BYTES", help="largest request body (default: 1000000)")
    parser.add_argument("--timeout", type=float, default=30.0, metavar="SECONDS", help="longest a check or rewrite may take (default: 30)")
    parser.add_argument("--cors", action="append", default=[], metavar="ORIGIN",
                        help="a web origin whose pages may call the API, e.g. https://example.zendesk.com (repeatable)")
    parser.add_argument("--config", help="a rewriter.toml or pyproject.toml to use instead of searching")
    parser.add_argument("--log-level", choices=("debug", "info", "warning", "error"), default="info")
    return parser


def main(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    try:
        import uvicorn

        from .http_app import TOKEN_VARIABLE, ServeSettings
    except ImportError as error:
        print(f"rewrite serve: error: {error.name} is missing; install the service with: pip install 'rewriter[serve]'",
              file=sys.stderr)
        return EXIT_USAGE
    config = str(Path(args.config).resolve()) if args.config else None
    try:
        load_config(Path(config)) if config else load_config()  # a bad file is one line here, not a worker's traceback
    except RewriterError as error:
        print(f"rewrite serve: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    settings = ServeSettings(max_body=args.max_body, timeout=args.timeout, cors_origins=tuple(args.cors), config=config)
    if args.host not in _LOCAL_HOSTS and not os.environ.get(TOKEN_VARIABLE):
        print(f"rewrite serve: warning: listening on {args.host} with no token; set {TOKEN_VARIABLE} "
              "unless this network is trusted", file=sys.stderr)
    os.environ.update(settings.environment())
    os.environ["REWRITER_LOG_LEVEL"] = args.log_level.upper()
    uvicorn.run(
        "rewriter.http_app:app_from_environment", factory=True, host=args.host, port=args.port, workers=args.workers,
        access_log=False, log_level=args.log_level, timeout_keep_alive=5, timeout_graceful_shutdown=10,
    )
    return 0

