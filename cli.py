"""Shim so ``python cli.py ...`` works from a checkout; the CLI lives in fvmdocs/cli.py."""

from fvmdocs.cli import main

if __name__ == "__main__":
    main()
