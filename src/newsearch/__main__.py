"""``python -m newsearch``: the same as the ``newsearch`` command."""

from newsearch.cli import cli

if __name__ == "__main__":
    cli(prog_name="newsearch")
