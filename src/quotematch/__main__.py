"""``python -m quotematch``: the same as the ``quotematch`` command."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
