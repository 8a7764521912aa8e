# Tests (is ...), loop variables, loop filters, for-else, namespace counters, set scoping.
from jinja2 import Template

tmpl = Template("""
{%- for n in numbers %}
{{ n }}:{% if n is even %} even{% endif %}{% if n is odd %} odd{% endif %}{% if n is divisibleby 3 %} fizz{% endif %}{% if n is divisibleby(5) %} buzz{% endif %}
 [{{ loop.index0 }}/{{ loop.revindex }}/{{ loop.revindex0 }}/{{ loop.length }}]{% if loop.previtem is defined %} prev={{ loop.previtem }}{% endif %}{% if loop.nextitem is defined %} next={{ loop.nextitem }}{% endif %}
{%- endfor %}
{% for user in users if user.active %}{{ loop.index }}={{ user.name }} {% else %}nobody{% endfor %}
{% for user in users if user.age > 100 %}{{ user.name }}{% else %}nobody is that old{% endfor %}
{% set ns = namespace(count=0, names=[]) %}
{%- for user in users %}{% if user.active %}{% set ns.count = ns.count + 1 %}{% endif %}{% endfor -%}
active: {{ ns.count }}
{% set total = 0 %}{% for n in numbers %}{% set total = total + n %}{% endfor %}outer total stays {{ total }}
{% for k, v in config.items() %}{% if loop.changed(v) %}[{{ v }}]{% endif %}{{ k }} {% endfor %}
{% for row in grid %}{% set outer = loop %}{% for cell in row %}({{ outer.index }},{{ loop.index }})={{ cell }} {% endfor %}{% endfor %}
{{ x is defined }} {{ x is undefined }} {{ none is none }} {{ 3 is number }} {{ 'a' is string }} {{ {} is mapping }} {{ [1] is sequence }} {{ 3 is sequence }}
{{ 2 is in [1, 2] }} {{ 'A' is upper }} {{ 'a' is lower }} {{ true is boolean }} {{ 1 is integer }} {{ 1.0 is float }} {{ print is callable }} {{ 5 is gt 3 }} {{ 5 is ne 5 }}
{{ users|selectattr('age', 'ge', 30)|map(attribute='name')|list }} {{ users|rejectattr('name', 'in', ['ann'])|map(attribute='name')|join('+') }}
""")
users = [
    {"name": "ann", "active": True, "age": 31},
    {"name": "bob", "active": False, "age": 25},
    {"name": "cat", "active": True, "age": 45},
]
print(tmpl.render(numbers=[3, 5, 10, 15], users=users, config={"a": 1, "b": 1, "c": 2}, grid=[["x", "y"], ["z"]], print=print))
