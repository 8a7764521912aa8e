"""Python part of the warnings subsystem (after CPython's Lib/warnings.py).

Pyex: the location of a warning comes from the interpreter's frames
(_pyex.caller); message and module filters match by regular expression when
`re` is available, else as case-insensitive prefixes.
"""

import sys
from _pyex import caller as _caller

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

filters = []
defaultaction = "default"
_registry = set()


def _reset_filters():
    filters[:] = [
        ("default", None, DeprecationWarning, "__main__", 0),
        ("ignore", None, DeprecationWarning, None, 0),
        ("ignore", None, PendingDeprecationWarning, None, 0),
        ("ignore", None, ImportWarning, None, 0),
        ("ignore", None, ResourceWarning, None, 0),
    ]


_reset_filters()


def _filters_mutated():
    _registry.clear()


def _compile(pattern, flags_ignorecase):
    if not pattern:
        return None
    try:
        import re
    except ImportError:
        return ('prefix', pattern.lower() if flags_ignorecase else pattern, flags_ignorecase)
    return re.compile(pattern, re.I if flags_ignorecase else 0)


def _matches(compiled, text):
    if compiled is None:
        return True
    if isinstance(compiled, str):  # the default filters name modules exactly
        return compiled == text
    if isinstance(compiled, tuple):
        _, prefix, ignorecase = compiled
        return (text.lower() if ignorecase else text).startswith(prefix)
    return compiled.match(text) is not None


def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    s = f"{filename}:{lineno}: {category.__name__}: {message}\n"
    if line is None:
        loc = _caller_line(filename, lineno)
        line = loc
    if line:
        s += "  %s\n" % line.strip()
    return s


def _caller_line(filename, lineno):
    return None


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    try:
        file.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Insert an entry into the list of warnings filters (at the front)."""
    if action not in _ACTIONS:
        raise AssertionError(f"invalid action: {action!r}")
    if not isinstance(message, str):
        raise AssertionError("message must be a string")
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise AssertionError("category must be a class")
    if not isinstance(module, str):
        raise AssertionError("module must be a string")
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    _add_filter(action, _compile(message, True), category, _compile(module, False) if module else None,
                lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry into the list of warnings filters (at the front)."""
    if action not in _ACTIONS:
        raise AssertionError(f"invalid action: {action!r}")
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    filters[:] = []
    _filters_mutated()


def _module_of(filename):
    main = sys.argv[0] if sys.argv else None
    if filename == main or (main and filename.endswith('/' + main)):
        return '__main__'
    if filename.startswith('<frozen '):
        return filename[8:-1]
    name = filename.rsplit('/', 1)[-1]
    return name[:-3] if name.endswith('.py') else name


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '{:s}'"
                        .format(type(category).__name__))
    where = _caller(stacklevel)
    if where is None:
        filename, lineno, line = "sys", 1, None
    else:
        filename, lineno, _, line = where
    warn_explicit(message, category, filename, lineno, _module_of(filename), None, None,
                  source, _line=line)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None, *, _line=None):
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno, filename)
    if key in _registry:
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat) and _matches(mod, module)
                and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        once_key = (text, category)
        if once_key in _registry:
            return
        _registry.add(once_key)
    elif action == "module":
        module_key = (text, category, 0, filename)
        if module_key in _registry:
            return
        _registry.add(module_key)
    elif action == "default":
        _registry.add(key)
    msg = WarningMessage(message, category, filename, lineno, None, _line)
    _showwarnmsg(msg)


def _showwarnmsg(msg):
    sw = showwarning
    if sw is not _showwarning_orig:
        sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


_showwarning_orig = showwarning


class WarningMessage(object):

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


class catch_warnings(object):
    """A context manager that copies and restores the warnings filter upon
    exiting the context."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning,
                 lineno=0, append=False):
        self._record = record
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        name = type(self).__name__
        return "%s(%s)" % (name, ", ".join(args))

    def __enter__(self):
        global showwarning
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = filters[:]
        self._showwarning = showwarning
        self._saved_registry = set(_registry)
        _filters_mutated()
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []

            def record(message, category, filename, lineno, file=None, line=None):
                log.append(WarningMessage(message, category, filename, lineno, file, line))
            showwarning = record
            return log
        return None

    def __exit__(self, *exc_info):
        global showwarning
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        filters[:] = self._filters
        _registry.clear()
        _registry.update(self._saved_registry)
        showwarning = self._showwarning
