"""An app whose function `run` executes one construct N times, for
scripts/boot_constructs.sh (`python3 boot_constructs.py KIND N` prints the
program; the KINDs are the keys of `snips`)."""
import sys
head = '''
from typing import List
from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, Field
app = FastAPI()
KEYS = frozenset(("a", "b", "min_length", "max_length"))
def g(a, b=2, **kw):
    return a
def g2(a, b):
    return a
def gk(**kw):
    return kw
class C:
    def __init__(self, a, b):
        self.a = a
        self.b = b
    def m(self, x):
        return x
class O:
    pass
o = O()
c0 = C(1, 2)
d0 = {"min_length": 1, "max_length": 80}
'''
snips = {
 'add': 'z = i + 1',
 'call2': 'g2(1, 3)',
 'callkw': 'g(1, b=3, x=4)',
 'starkw': 'gk(**d0)',
 'method': 'c0.m(1)',
 'inst': 'c = C(1, 2)',
 'setattr': 'setattr(o, "x", i)',
 'getattr_missing': 'getattr(o, "nope", None)',
 'contains': '"min_length" in KEYS',
 'items': 'for k, v in d0.items(): pass',
 'def': 'def h(a, b=1):\n            return a',
 'closure': 'def h(a, b=1):\n            return a + i',
 'cls': 'class K:\n            def m(self):\n                return 1',
 'field': 'x = Field(min_length=1, max_length=80)',
 'generic': 'y = List[str]',
 'model0': 'class P(BaseModel):\n            body: str',
 'model': 'class P(BaseModel):\n            title: str = Field(min_length=1, max_length=80)\n            body: str\n            tags: List[str] = []',
 'route': '@app.get("/x/{slug}", response_class=HTMLResponse)\n        def f(slug: str):\n            return slug',
}
kind, n = sys.argv[1], int(sys.argv[2])
print(head + f'def run():\n    for i in range({n}):\n        ' + snips[kind] + '\nrun()\n')
