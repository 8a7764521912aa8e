"""Imports: absolute, aliased, dotted, relative, star, parenthesized."""
import os
import os.path
import collections.abc as cabc, json as js
from typing import (
    Any,
    Optional as Opt,
)
from . import sibling
from .. import parent
from ...pkg.mod import name as alias
from .sub import *
