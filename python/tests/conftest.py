"""Makes `import pyex` find the package in python/ when the tests run from a
checkout (`make test` builds the extension into python/pyex/ first)."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
