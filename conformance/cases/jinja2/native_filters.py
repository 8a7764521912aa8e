# The builtin filters a blog uses, on str, Markup, numbers and lists, with their errors;
# a user filter replacing a builtin one.
from jinja2 import Environment, TemplateRuntimeError
from markupsafe import Markup

env = Environment(autoescape=True)
data = {
    "title": "the QUICK-brown fox (part two)", "m": Markup("<i>it's</i> here"), "words": ["b", "A", "c"],
    "empty": [], "text": "  padded \t", "body": "one two three four five six seven eight nine ten",
    "price": 3.14159, "n": 1234, "nums": [3, 1, 2], "html": "<p>Hi <b>there</b></p>", "q": "a b&c/d",
    "pairs": {"k": "v w", "x": 1}, "lines": "first\nsecond\n\nfourth", "uni": "ÉCOLE ßtraße",
}
checks = [
    "{{ title|title }}", "{{ title|upper }}", "{{ title|lower }}", "{{ title|capitalize }}", "{{ uni|title }}",
    "{{ uni|lower }}", "{{ uni|upper }}", "{{ m|upper }}", "{{ m|title }}", "{{ text|trim }}|",
    "{{ words|join(', ') }}", "{{ words|join }}", "{{ [m, '<x>']|join(' + ') }}", "{{ nums|join('-') }}",
    "{{ missing|default('dflt') }}", "{{ ''|default('dflt') }}", "{{ ''|default('dflt', true) }}",
    "{{ 0|d('zero', boolean=true) }}", "{{ words|length }} {{ title|count }} {{ pairs|length }} {{ m|length }}",
    "{{ words|first }} {{ words|last }} [{{ empty|first }}] [{{ empty|last }}]", "{{ words|sort }}",
    "{{ words|sort(reverse=true) }}", "{{ words|sort(case_sensitive=true) }}", "{{ nums|sort|reverse|list }}",
    "{{ body|truncate(20) }}", "{{ body|truncate(20, true) }}", "{{ body|truncate(20, end='…') }}",
    "{{ body|truncate(60) }}", "{{ body|truncate(9, leeway=0) }}", "{{ body|replace('e', 'E') }}",
    "{{ body|replace('e', 'E', 2) }}", "{{ m|replace('here', '<there>') }}", "{{ price|round }}",
    "{{ price|round(2) }}", "{{ price|round(1, 'floor') }}", "{{ '42'|int + 1 }}", "{{ 'x'|int(7) }}",
    "{{ '3.5'|float }}", "{{ n|string ~ '!' }}", "{{ 'abc'|list }}", "{{ '%s-%05d'|format('id', n) }}",
    "{{ body|wordcount }}", "{{ html|striptags }}", "{{ q|urlencode }}", "{{ pairs|urlencode }}",
    "{{ lines|indent(2) }}", "{{ lines|indent(2, true, true) }}", "[{{ 'mid'|center(9) }}]",
    "{{ nums|batch(2)|list }}", "{{ nums|batch(2, 0)|list }}", "{{ nums|slice(2)|list }}",
    "{{ html|e }} {{ html|escape|escape }} {{ html|safe }} {{ m|e }}", "{{ (html|safe) ~ '<' }}",
    "{{ html|forceescape }}", "{{ n|filesizeformat }}", "{{ title|wordcount }}",
]
for source in checks:
    print(source, "=>", env.from_string(source).render(**data))

for source in ["{{ body|truncate(2) }}", "{{ body|truncate(20, leeway=-1) }}", "{{ price|round(1, 'up') }}",
               "{{ '%s'|format(1, x=2) }}", "{{ 5|join(',') }}", "{{ none|length }}"]:
    try:
        print(env.from_string(source).render(**data))
    except Exception as exc:
        print(type(exc).__name__, exc)

custom = Environment(autoescape=True)
custom.filters["upper"] = lambda s: f"UP({s})"
custom.filters["shout"] = lambda s, mark="!": str(s).upper() + mark
print(custom.from_string("{{ 'a<b'|upper }} {{ 'hey'|shout }} {{ 'hey'|shout(mark='?') }}").render())
try:
    Environment().from_string("{{ x|nope }}")
except Exception as exc:
    print(type(exc).__name__, exc)
try:
    Environment().from_string("{% if 0 %}{{ x|nope }}{% endif %}").render()
    print("not reached?")
except TemplateRuntimeError as exc:
    print("TemplateRuntimeError", exc)
