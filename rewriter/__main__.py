"""`python -m rewriter` is the `rewrite` command."""
from .cli import run

run()
