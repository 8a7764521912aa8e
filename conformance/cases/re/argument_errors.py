# TypeErrors and ValueErrors of wrong arguments: replacement types, unknown
# keywords, bad groups, incompatible flags.
import re
tests = [
    lambda: re.sub(b'a', 'x', b'abc'),
    lambda: re.sub('a', b'x', 'abc'),
    lambda: re.sub('a', 1, 'abc'),
    lambda: re.sub('a', None, 'abc'),
    lambda: re.compile('a').match(),
    lambda: re.compile('a').match('a', 'x'),
    lambda: re.compile('a').search('a', pos=1, foo=2),
    lambda: re.match('a'),
    lambda: re.compile('(a)').sub(lambda m: 5, 'a'),
    lambda: re.compile('(a)').match('a').group(1, 5),
    lambda: re.compile('(a)').match('a').start(3),
    lambda: re.compile('(a)').match('a').expand(r'\2'),
    lambda: re.compile('(a)').match('a').groups(1, 2),
    lambda: re.split('a', 'bab', -1),
    lambda: re.findall('a', 'aaa', 1, 2),
    lambda: re.compile('a', flags=re.I|re.A),
    lambda: re.compile('a', re.U|re.A),
    lambda: re.compile(b'a', re.U),
    lambda: re.compile('a', re.L),
    lambda: re.sub('a', r'\g<0>\g<0>', 'xa'),
    lambda: re.compile('(?P<n>a)').sub(r'\g<n>', 'a', count='x'),
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
