# Statements of a report template: with scopes, namespaces carried out of loops, filter
# blocks, set blocks into namespaces, chained comparisons and their short circuit.
from jinja2 import Environment, TemplateRuntimeError


class Probe:
    def __init__(self, value):
        self.value = value
        self.reads = 0

    @property
    def v(self):
        self.reads += 1
        return self.value


env = Environment(autoescape=True, trim_blocks=True)
report = env.from_string("""
{% set ns = namespace(total=0, names=[], note='') %}
{% for row in rows %}
{% set ns.total = ns.total + row.amount %}
{% if 0 < row.amount <= 100 %}small {{ row.name }}{% elif 100 < row.amount < 1000 < limit %}big {{ row.name }}{% else %}other {{ row.name }}{% endif %}

{% endfor %}
total={{ ns.total }}
{% with top = rows[0], n = rows|length %}top={{ top.name }} of {{ n }}{% set inner = 'x' %}{% endwith %} [{{ top|default('gone') }}] [{{ inner|default('gone') }}]
{% filter upper %}shouted {{ rows[1].name }} & co{% endfilter %}

{% filter trim|title %}   spaced words here   {% endfilter %}

{% set ns.note %}note: {{ ns.total }}{% endset %}{{ ns.note }}
{{ 1 < 2 < 3 }} {{ 3 > 2 > 2 }} {{ 1 == 1 != 2 }} {{ 'a' < 'b' in 'abc' }}
""")
rows = [{"name": "Pens <x>", "amount": 40}, {"name": "Desk", "amount": 450}, {"name": "Car", "amount": 9000}]
print(report.render(rows=rows, limit=5000))
probe = Probe(5)
print(env.from_string("{{ 1 < p.v < 10 }} {{ 9 < p.v < 10 }}").render(p=probe), probe.reads)
try:
    env.from_string("{% set x = 5 %}{% set x.attr = 1 %}").render()
except TemplateRuntimeError as exc:
    print("TemplateRuntimeError:", exc)
