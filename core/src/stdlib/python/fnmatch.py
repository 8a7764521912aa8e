"""Unix shell-style filename matching: *, ?, [seq], [!seq] (a direct matcher, no regex)."""

import posixpath

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    return fnmatchcase(posixpath.normcase(name), posixpath.normcase(pat))


def _class_end(pat, i):
    j = i
    if j < len(pat) and pat[j] == '!':
        j += 1
    if j < len(pat) and pat[j] == ']':
        j += 1
    while j < len(pat) and pat[j] != ']':
        j += 1
    return j


def _in_class(c, spec):
    negate = spec.startswith('!')
    if negate:
        spec = spec[1:]
    found = False
    k = 0
    while k < len(spec):
        if k + 2 < len(spec) and spec[k + 1] == '-':
            if spec[k] <= c <= spec[k + 2]:
                found = True
            k += 3
        else:
            if spec[k] == c:
                found = True
            k += 1
    return found != negate


def fnmatchcase(name, pat):
    n, p = 0, 0
    star_p, star_n = -1, 0
    while n < len(name):
        if p < len(pat):
            c = pat[p]
            if c == '*':
                star_p, star_n = p, n
                p += 1
                continue
            if c == '?':
                n += 1
                p += 1
                continue
            if c == '[':
                end = _class_end(pat, p + 1)
                if end < len(pat):
                    if _in_class(name[n], pat[p + 1:end]):
                        n += 1
                        p = end + 1
                        continue
                elif name[n] == '[':
                    n += 1
                    p += 1
                    continue
            elif c == name[n]:
                n += 1
                p += 1
                continue
        if star_p >= 0:
            star_n += 1
            n = star_n
            p = star_p + 1
            continue
        return False
    while p < len(pat) and pat[p] == '*':
        p += 1
    return p == len(pat)


def filter(names, pat):
    return [name for name in names if fnmatch(name, pat)]


def translate(pat):
    raise NotImplementedError("fnmatch.translate needs the re module")
