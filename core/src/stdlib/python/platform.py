"""Platform identification (fixed answers: the sandbox shows no host details).

Pyex: every function answers as CPython 3.11 on a generic x86_64 Linux.
"""

import sys

__all__ = ['architecture', 'machine', 'node', 'platform', 'processor', 'python_build',
           'python_compiler', 'python_implementation', 'python_version',
           'python_version_tuple', 'release', 'system', 'uname', 'version']


class uname_result(tuple):
    """uname_result(system, node, release, version, machine)"""
    _fields = ('system', 'node', 'release', 'version', 'machine')

    def __new__(cls, system, node, release, version, machine):
        return tuple.__new__(cls, (system, node, release, version, machine, ''))

    system = property(lambda self: self[0])
    node = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])

    processor = property(lambda self: self[5])

    def __repr__(self):
        fields = ', '.join(f'{n}={v!r}' for n, v in zip(self._fields, self))
        return f'uname_result({fields})'


def system():
    return 'Linux'


def node():
    return 'sandbox'


def release():
    return '6.1.0'


def version():
    return '#1 SMP'


def machine():
    return 'x86_64'


def processor():
    return ''


def uname():
    return uname_result(system(), node(), release(), version(), machine())


def architecture(executable=sys.executable, bits='', linkage=''):
    return ('64bit', 'ELF')


def platform(aliased=False, terse=False):
    if terse:
        return 'Linux-6.1.0'
    return 'Linux-6.1.0-x86_64-with-glibc2.36'


def python_implementation():
    return 'CPython'


def python_version():
    v = sys.version_info
    return f'{v[0]}.{v[1]}.{v[2]}'


def python_version_tuple():
    v = sys.version_info
    return (str(v[0]), str(v[1]), str(v[2]))


def python_build():
    return ('main', sys.version.split('(', 1)[1].split(',', 1)[1].split(')')[0].strip())


def python_compiler():
    return sys.version.rsplit('[', 1)[-1].rstrip(']')


def python_branch():
    return ''


def python_revision():
    return ''


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    return ('glibc', '2.36')


def freedesktop_os_release():
    return {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
