# A product table: every loop counter attribute, cycle, nested loops, loop filters, for-else,
# loops over generators, dicts and strings, and loops whose `loop` escapes (set, macro argument).
from jinja2 import Environment, DictLoader

TEMPLATES = {
    "table.html": """<table>
{%- for p in products %}
<tr class="{{ loop.cycle('odd', 'even') }} {{ loop.cycle('a', 'b', 'c') }}" data-i="{{ loop.index }}/{{ loop.index0 }}/{{ loop.revindex }}/{{ loop.revindex0 }}/{{ loop.length }}">
{%- if loop.first %}<th>first</th>{% endif %}<td>{{ p.name }}</td>
{%- for t in p.tags %}<i>{{ loop.index }}.{{ t }}{{ "," if not loop.last }}</i>{% endfor %}
{%- if loop.last %}<th>last (depth {{ loop.depth }}/{{ loop.depth0 }})</th>{% endif %}</tr>
{%- else %}
<tr><td>empty</td></tr>
{%- endfor %}
</table>""",
    "misc.html": """{% for c in word %}{{ loop.revindex }}{{ c }}{% endfor %}
{% for k in counts %}{{ k }}={{ counts[k] }}{{ loop.cycle(sep, ';') }}{% endfor %}
{% for n in gen if n % 2 %}{{ loop.index }}:{{ n }}/{{ loop.length }} {% endfor %}
{% for a, b in pairs %}{{ loop.index }}{{ a }}{{ b }}{% if not loop.last %}|{% endif %}{% endfor %}
{% for x in [1, 2, 3] %}{% set l = loop %}{{ l.index }}{{ l.last }} {% endfor %}
{% macro show(lp) %}[{{ lp.index }} of {{ lp.length }}]{% endmacro %}
{% for x in "ab" %}{{ show(loop) }}{% endfor %}
{% for x in [] %}{{ loop.index }}{% else %}none{% endfor %}
{% for x in [3, 1, 2] | sort %}{{ loop.index * 10 + x }}{{ loop.cycle(*seps) }}{% endfor %}
{% for r in rows %}{% for c in r %}{{ loop.index }}{% endfor %}/{{ loop.index }} {% endfor %}
{% for p in pairs %}{{ loop.index }}={% include "row.html" %};{% endfor %}""",
    "row.html": """{{ p[0] }}@{{ loop.index }}/{{ loop.length }}""",
}

env = Environment(loader=DictLoader(TEMPLATES), autoescape=True)
products = [
    {"name": "Pen <blue>", "tags": ["office", "ink"]},
    {"name": "Desk", "tags": []},
    {"name": "Lamp & bulb", "tags": ["light"]},
]
print(env.get_template("table.html").render(products=products))
print(env.get_template("table.html").render(products=[]))
print(env.get_template("misc.html").render(
    word="pyex", counts={"a": 1, "b": 2, "c": 3}, sep="<,>", gen=(n for n in range(7)),
    pairs=[("x", 1), ("y", 2)], seps=["+", "-"], rows=[[1, 2], [3]]))

try:
    env.from_string("{% for x in xs %}{{ loop.cycle() }}{% endfor %}").render(xs=[1])
except TypeError as e:
    print("TypeError:", e)

page = env.get_template("table.html").render(products=products[:1])
print(type(page).__name__, len(page))
