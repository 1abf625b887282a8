"""Entry point of the bundled program (PyInstaller needs a script, not a module)."""

import sys

from digidesk.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
