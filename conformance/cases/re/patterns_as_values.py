# Patterns as values: typing.Pattern fields in dataclasses, patterns as dict
# keys, sorting by .pattern, matches fed to dict() and max().
import re
from typing import Pattern, Match, Optional
import dataclasses
@dataclasses.dataclass
class Rule:
    name: str
    pattern: Pattern
rules = [Rule("num", re.compile(r"\d+")), Rule("word", re.compile(r"[a-z]+"))]
for r in rules:
    print(r.name, r.pattern.findall("abc 123 de 4"))
print(sorted([re.compile("b"), re.compile("a")], key=lambda p: p.pattern))
d = {re.compile("x"): 1}
print(d[re.compile("x")])
print(re.sub(r"(?P<n>\d+)", lambda m: f"{int(m['n']):03d}", "7 and 42"))
s = "key1=val1;key2=val2"
print(dict(re.findall(r"(\w+)=(\w+)", s)), dict(m.groups() for m in re.finditer(r"(\w+)=(\w+)", s)))
print(re.match(r"(\d+)", "42abc").group(1).zfill(5), [int(x) for x in re.findall(r"-?\d+", "a-1b22c-333")])
print(max(re.finditer(r"\w+", "a bbb cc"), key=lambda m: len(m.group())).span())
