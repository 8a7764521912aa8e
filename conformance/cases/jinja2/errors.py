# Template errors as a program sees them: syntax errors with line numbers, undefined values, lookups.
from jinja2 import (Environment, DictLoader, Template, StrictUndefined, ChainableUndefined,
                    DebugUndefined, TemplateSyntaxError, UndefinedError, TemplateNotFound,
                    TemplateAssertionError, TemplateError)

bad_sources = [
    "{% for x in items %}{{ x }}",
    "line one\n{{ user.name + }}",
    "{% if a %}x{% endfor %}",
    "{% endif %}",
    "{{ x | nosuchfilter }}",
    "{% if x is nosuchtest %}{% endif %}",
    "{{ 'abc' }",
    "{% block a %}{% endblock %}{% block a %}{% endblock %}",
    "{% frobnicate %}",
    "a\nb\n{% set %}",
    "{{ }}",
    "{% for %}{% endfor %}",
    "{% macro m(a=1, b) %}{% endmacro %}",
]
for src in bad_sources:
    try:
        Template(src)
        print("compiled?!", repr(src))
    except TemplateSyntaxError as exc:
        print(type(exc).__name__, "line", exc.lineno, "|", exc.message)


class User:
    name = "ann"

    def greet(self):
        return "hi " + self.name


render_cases = [
    ("{{ missing.attr }}", {}),
    ("{{ user.email.lower() }}", {"user": User()}),
    ("{{ data.key.sub }}", {"data": {}}),
    ("{{ items[3].name }}", {"items": [1, 2]}),
    ("{{ missing() }}", {}),
    ("{{ n + missing }}", {"n": 1}),
    ("{% for x in missing %}{{ x }}{% endfor %}[{{ missing }}][{{ missing|default('d') }}]", {}),
    ("{{ user.greet() }} {{ user['name'] }} {{ user.nope is defined }}", {"user": User()}),
]
for src, ctx in render_cases:
    try:
        print("ok:", Template(src).render(**ctx))
    except UndefinedError as exc:
        print("UndefinedError:", exc)

strict = Environment(undefined=StrictUndefined)
for src in ["{{ y }}", "{% if y %}{% endif %}", "{{ y is defined }}", "{{ y|default('fallback') }}"]:
    try:
        print("strict ok:", strict.from_string(src).render())
    except UndefinedError as exc:
        print("strict UndefinedError:", exc)
print(Environment(undefined=ChainableUndefined).from_string("[{{ a.b.c }}]").render())
print(Environment(undefined=DebugUndefined).from_string("[{{ a }}] [{{ b.c }}]").render(b={}))

env = Environment(loader=DictLoader({"a.html": "{% include 'b.html' %}"}))
try:
    env.get_template("a.html").render()
except TemplateNotFound as exc:
    print("TemplateNotFound:", exc, isinstance(exc, TemplateError), isinstance(exc, LookupError))
try:
    Environment().get_template("x")
except TypeError as exc:
    print("TypeError:", exc)
try:
    Template("{% if x is nosuchtest %}yes{% endif %}{{ 'a' if x|nosuchfilter }}").render(x=0)
except TemplateError as exc:
    print(type(exc).__name__, exc)
print(issubclass(TemplateAssertionError, TemplateSyntaxError), issubclass(UndefinedError, TemplateError))
