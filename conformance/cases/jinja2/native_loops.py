# Loops as a catalogue page uses them: every loop attribute, else, filters in the loop
# header, nested loops, unpacking, and the scoping of set inside and outside loops.
from jinja2 import Environment

env = Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True)
catalogue = [
    {"name": "Lamp", "price": 19.5, "tags": ["home", "light"], "stock": 3},
    {"name": "Desk", "price": 120, "tags": [], "stock": 0},
    {"name": "Chair & Co", "price": 45, "tags": ["home"], "stock": 12},
]
page = env.from_string("""
{% set shown = 0 %}
{% for p in products %}
{{ loop.index }}/{{ loop.length }} idx0={{ loop.index0 }} rev={{ loop.revindex }},{{ loop.revindex0 }} {{ loop.cycle('odd', 'even', 'third') }} first={{ loop.first }} last={{ loop.last }} depth={{ loop.depth }}
  prev={{ loop.previtem.name if loop.previtem else '-' }} next={{ loop.nextitem.name if loop.nextitem is defined else '-' }}
  {{ p.name }}: {% for t in p.tags %}[{{ loop.index }}.{{ t }}]{% else %}(no tags){% endfor %}
  {% set shown = shown + 1 %}
  shown in loop: {{ shown }}
{% endfor %}
shown after loop: {{ shown }}
{% for p in products if p.stock %}
in stock {{ loop.index }} of {{ loop.length }}: {{ p.name }}
{% else %}
nothing in stock
{% endfor %}
{% for p in products if p.price > 1000 %}
never
{% else %}
nothing that expensive
{% endfor %}
{% for key, value in pairs %}{{ key }}={{ value }}{{ ', ' if not loop.last }}{% endfor %}

{% for row in grid %}{% for cell in row %}{{ cell }}{{ loop.cycle('-', '|') }}{% endfor %};{% endfor %}

{% for ch in 'abc' %}{{ ch|upper }}{% endfor %} {% for i in range(3) %}{{ i }}{% endfor %} {% for k in mapping %}{{ k }}{% endfor %}
""")
print(page.render(products=catalogue, pairs=sorted({"b": 2, "a": 1}.items()), grid=[[1, 2, 3], [4, 5]],
                  mapping={"x": 1, "y": 2}))


def numbers():
    yield 1
    yield 2


print(env.from_string("{% for n in gen %}{{ n }}{{ loop.length }}{% endfor %}|{% for x in none_value %}x{% else %}empty{% endfor %}")
      .render(gen=numbers(), none_value=[]))
print(env.from_string("{% for a, b in rows %}{{ a }}{{ b }}{% endfor %}").render(rows=[(1, 2), [3, 4]]))
for rows in ([(1, 2, 3)], [(1,)], [5]):
    try:
        env.from_string("{% for a, b in rows %}{{ a }}{% endfor %}").render(rows=rows)
    except (ValueError, TypeError) as exc:
        print(type(exc).__name__, exc)
