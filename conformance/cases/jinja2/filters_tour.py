# Many builtin filters, the way a template author combines them.
from jinja2 import Environment

env = Environment()
cases = [
    ("{{ names|map('upper')|join(',') }}", {"names": ["ann", "bo"]}),
    ("{{ nums|select('odd')|list }} {{ nums|reject('odd')|list }}", {"nums": [1, 2, 3, 4, 5]}),
    ("{{ nums|select('divisibleby', 3)|list }} {{ nums|select('gt', 2)|list }}", {"nums": [1, 3, 6, 7, 9]}),
    ("{{ words|unique|list }} {{ words|unique(case_sensitive=true)|list }}", {"words": ["a", "B", "b", "A", "c"]}),
    ("{{ nums|min }} {{ nums|max }} {{ nums|sum }} {{ nums|sum(start=10) }}", {"nums": [4, 2, 8]}),
    ("{{ '42'|int + 1 }} {{ 'x'|int(7) }} {{ '3.5'|float * 2 }} {{ 'ff'|int(base=16) }} {{ 3.9|int }}", {}),
    ("[{{ '  padded  '|trim }}] [{{ 'xxhixx'|trim('x') }}] {{ 42|string ~ '!' }}", {}),
    ("{{ text|indent(2) }}|{{ text|indent(2, first=true, blank=true) }}", {"text": "a\n\nb"}),
    ("{% for col in items|slice(3) %}[{{ col|join(',') }}]{% endfor %}", {"items": list(range(7))}),
    ("{{ items|first }} {{ items|last }} {{ items|reverse|list }} {{ 'abc'|list }}", {"items": [1, 2, 3]}),
    ("{{ data|tojson }} {{ data|tojson(indent=2) }}", {"data": {"b": [1, 2], "a": "<x> & 'y'"}}),
    ("{{ q|urlencode }} | {{ 'a b/c&d'|urlencode }} | {{ [('k', 'v 1'), ('x', 2)]|urlencode }}", {"q": {"q": "jinja filters", "page": 2}}),
    ("{{ html|striptags }} | {{ -5|abs }} {{ -2.5|abs }}", {"html": "<p>Hello <b>world</b>!</p>  <!-- c -->  <br/>bye"}),
    ("{{ 'hello world'|replace('o', '0') }} {{ 'aaa'|replace('a', 'b', 2) }} {{ 'mIxEd'|capitalize }}", {}),
    ("{{ 'Hello World Foo'|truncate(12) }} {{ 'Hello World Foo'|truncate(12, true) }} {{ 'Hello World Foo'|truncate(11, false, '..', 0) }}", {}),
    ("{{ users|sort(attribute='age')|map(attribute='name')|join }} {{ users|sort(attribute='name', reverse=true)|map(attribute='name')|join }}", {"users": [{"name": "b", "age": 30}, {"name": "a", "age": 25}, {"name": "c", "age": 20}]}),
    ("{{ ['b', 'A', 'c']|sort }} {{ ['b', 'A', 'c']|sort(case_sensitive=true) }} {{ d|dictsort }} {{ d|dictsort(by='value') }}", {"d": {"z": 1, "y": 3, "X": 2}}),
    ("{{ 'one two  three'|wordcount }} {{ 'ab'|center(6) }}| {{ 'x'|default('d') }} {{ none|default('d') }} {{ ''|default('d', true) }} {{ missing|d('m') }}", {}),
    ("{{ '%s and %s'|format('a', 'b') }} {{ '%(x)s!'|format(x=1) }} {{ 1234567|filesizeformat }} {{ 3.14159|round }} {{ 2.5|round }} {{ 2.567|round(1, 'ceil') }}", {}),
    ("{{ items|map(attribute='n', default=0)|list }} {{ pairs|items|list }} {{ 'abc'|length }} {{ [1, 2]|count }}", {"items": [{"n": 1}, {}], "pairs": {"a": 1}}),
]
for source, ctx in cases:
    print(repr(env.from_string(source).render(**ctx)))
