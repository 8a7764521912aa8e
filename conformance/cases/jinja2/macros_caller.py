# Macros: defaults, keyword arguments, varargs/kwargs, caller() with arguments, macro objects.
from jinja2 import Environment, DictLoader

env = Environment(loader=DictLoader({
    "forms.html": """{% macro input(name, value='', type='text', size=20) -%}
<input type="{{ type }}" name="{{ name }}" value="{{ value|e }}" size="{{ size }}"{% for k, v in kwargs|dictsort %} {{ k }}="{{ v }}"{% endfor %}>
{%- endmacro %}
{% macro list_of(title) -%}
<h3>{{ title }}</h3><ul>{% for item in varargs %}<li>{{ caller(item) }}</li>{% endfor %}</ul>
{%- endmacro %}
{% macro dialog(title, class='dialog') -%}
<div class="{{ class }}"><h2>{{ title }}</h2><div class="body">{{ caller() }}</div></div>
{%- endmacro %}
{% set site = "example.org" %}""",
    "page.html": """{% import "forms.html" as forms %}
{{- forms.input("user") }}
{{ forms.input("pw", type="password", size=10) }}
{{ forms.input("q", "a<b>", placeholder="Search", id="q") }}
{% call(item) forms.list_of("Fruits", "apple", "kiwi", "plum") %}<b>{{ item|upper }}</b>{% endcall %}
{% call forms.dialog("Hello " ~ user) %}Welcome back, {{ user }}! Site: {{ forms.site }}{% endcall %}
{% macro counter(n) %}{% if n > 0 %}{{ n }} {{ counter(n - 1) }}{% else %}liftoff{% endif %}{% endmacro -%}
{{ counter(3) }}
{{ forms.input.name }} {{ forms.input.arguments }} {{ forms.list_of.catch_varargs }} {{ forms.dialog.caller }}""",
}))
print(env.get_template("page.html").render(user="Ada"))
try:
    env.from_string("{% macro m(a) %}{{ a }}{% endmacro %}{{ m(1, 2) }}").render()
except TypeError as exc:
    print("TypeError:", exc)
try:
    env.from_string("{% macro m(a) %}{{ a }}{% endmacro %}{{ m(b=2) }}").render()
except TypeError as exc:
    print("TypeError:", exc)
print(env.from_string("{% macro m(a, b) %}[{{ a }}|{{ b }}]{% endmacro %}{{ m(1) }}{{ m(b=2) }}").render())
