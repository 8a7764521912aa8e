"""Filename globbing over the Ctx filesystem (after CPython's glob.py)."""

import os
import fnmatch

__all__ = ["glob", "iglob", "escape", "has_magic"]


def has_magic(s):
    return any(c in s for c in '*?[')


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    return list(iglob(pathname, root_dir=root_dir, recursive=recursive,
                      include_hidden=include_hidden))


def _listdir(dirname, dironly):
    try:
        names = os.listdir(dirname or os.curdir)
    except OSError:
        return []
    if dironly:
        names = [n for n in names if os.path.isdir(os.path.join(dirname, n))]
    return names


def _match(dirname, pattern, dironly, include_hidden):
    names = _listdir(dirname, dironly)
    if not include_hidden and not pattern.startswith('.'):
        names = [n for n in names if not n.startswith('.')]
    return fnmatch.filter(names, pattern)


def _rlistdir(dirname, dironly, include_hidden):
    for name in _listdir(dirname, False):
        if not include_hidden and name.startswith('.'):
            continue
        full = os.path.join(dirname, name) if dirname else name
        is_dir = os.path.isdir(full)
        if not dironly or is_dir:
            yield name
        if is_dir:
            for sub in _rlistdir(full, dironly, include_hidden):
                yield os.path.join(name, sub)


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    if root_dir is not None:
        for p in iglob(os.path.join(root_dir, pathname), recursive=recursive,
                       include_hidden=include_hidden):
            yield os.path.relpath(p, root_dir)
        return
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if os.path.exists(pathname):
                yield pathname
        elif os.path.isdir(dirname):
            yield pathname
        return
    if not dirname:
        if recursive and basename == '**':
            yield from (n for n in [''] + list(_rlistdir('', False, include_hidden)))
        else:
            yield from _match('', basename, False, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = iglob(dirname, recursive=recursive, include_hidden=include_hidden)
    else:
        dirs = [dirname]
    for d in dirs:
        if recursive and basename == '**':
            names = [''] + list(_rlistdir(d, False, include_hidden))
        elif has_magic(basename):
            names = _match(d, basename, False, include_hidden)
        elif (basename and os.path.exists(os.path.join(d, basename))) or \
                (not basename and os.path.isdir(d)):
            names = [basename]
        else:
            names = []
        for name in names:
            yield os.path.join(d, name)


def escape(pathname):
    out = []
    for c in pathname:
        out.append('[' + c + ']' if c in '*?[' else c)
    return ''.join(out)
