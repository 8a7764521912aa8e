"""Pathname operations on POSIX paths (after CPython's posixpath.py); queries go to the
Ctx filesystem."""

import posix as _posix

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext", "basename", "dirname",
           "commonprefix", "getsize", "getmtime", "getatime", "getctime", "islink", "exists",
           "lexists", "isdir", "isfile", "ismount", "expanduser", "expandvars", "normpath",
           "abspath", "samefile", "curdir", "pardir", "sep", "pathsep", "defpath", "altsep",
           "extsep", "devnull", "realpath", "relpath", "commonpath"]

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'


def _fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    method = getattr(type(p), '__fspath__', None)
    if method is None:
        raise TypeError(f"expected str, bytes or os.PathLike object, not {type(p).__name__}")
    return method(p)


def normcase(s):
    return _fspath(s)


def isabs(s):
    return _fspath(s).startswith('/')


def join(a, *p):
    a = _fspath(a)
    path = a
    for b in map(_fspath, p):
        if b.startswith('/'):
            path = b
        elif not path or path.endswith('/'):
            path += b
        else:
            path += '/' + b
    return path


def split(p):
    p = _fspath(p)
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def splitext(p):
    p = _fspath(p)
    sep_index = p.rfind('/')
    dot_index = p.rfind('.')
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != '.':
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def basename(p):
    p = _fspath(p)
    i = p.rfind('/') + 1
    return p[i:]


def dirname(p):
    p = _fspath(p)
    i = p.rfind('/') + 1
    head = p[:i]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head


def commonprefix(m):
    if not m:
        return ''
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def exists(path):
    try:
        return _posix._kind(_fspath(path)) != 0
    except (OSError, ValueError, TypeError):
        return False


lexists = exists


def isfile(path):
    try:
        return _posix._kind(_fspath(path)) == 1
    except (OSError, ValueError, TypeError):
        return False


def isdir(s):
    try:
        return _posix._kind(_fspath(s)) == 2
    except (OSError, ValueError, TypeError):
        return False


def islink(path):
    return False


def ismount(path):
    return normpath(abspath(path)) == '/'


def getsize(filename):
    return _posix.stat(_fspath(filename))[1]


def getmtime(filename):
    return float(_posix.stat(_fspath(filename))[2])


getatime = getmtime
getctime = getmtime


def samefile(f1, f2):
    # Both are stat'ed first, as CPython does: a missing one raises.
    _posix.stat(f1)
    _posix.stat(f2)
    return normpath(abspath(f1)) == normpath(abspath(f2))


def expanduser(path):
    path = _fspath(path)
    if path == '~' or path.startswith('~/'):
        return '/home/user' + path[1:]
    return path


def expandvars(path):
    return _fspath(path)


def normpath(path):
    path = _fspath(path)
    if path == '':
        return '.'
    initial_slashes = 2 if path.startswith('//') and not path.startswith('///') else \
        1 if path.startswith('/') else 0
    new_comps = []
    for comp in path.split('/'):
        if comp in ('', '.'):
            continue
        if comp != '..' or (not initial_slashes and not new_comps) or \
                (new_comps and new_comps[-1] == '..'):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = '/'.join(new_comps)
    if initial_slashes:
        path = '/' * initial_slashes + path
    return path or '.'


def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        path = join(_posix.getcwd(), path)
    return normpath(path)


realpath = abspath


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    start = curdir if start is None else _fspath(start)
    start_list = [x for x in abspath(start).split(sep) if x]
    path_list = [x for x in abspath(path).split(sep) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)


def commonpath(paths):
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = [_fspath(p) for p in paths]
    split_paths = [[c for c in p.split('/') if c and c != '.'] for p in paths]
    isabs_ = {p.startswith('/') for p in paths}
    if len(isabs_) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    common = commonprefix(split_paths)
    prefix = '/' if paths[0].startswith('/') else ''
    return prefix + '/'.join(common)
