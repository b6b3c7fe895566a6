"""Entry point of the frozen Desk (PyInstaller runs this file as __main__)."""

import sys

from desk.cli import main

if __name__ == "__main__":
    sys.exit(main())
