# Printed values through an autoescaping and a plain environment: Markup vs str, numbers,
# none/true literals, operators, comparisons, inline ifs and undefined values.
from jinja2 import Environment, StrictUndefined, UndefinedError
from markupsafe import Markup


class Product:
    def __init__(self, name, price):
        self.name = name
        self.price = price

    @property
    def label(self):
        return f"<{self.name}>"

    def __str__(self):
        return f"Product({self.name})"


html = Environment(autoescape=True)
text = Environment(autoescape=False)
values = {
    "s": "Tom & <Jerry>", "m": Markup("<b>bold</b>"), "n": 42, "f": 2.5, "big": 10 ** 20,
    "neg": -7, "flag": True, "nothing": None, "items": ["a", "b"], "d": {"k": "v", "items": 3},
    "p": Product("Lamp", 19.99), "zero": 0.0, "tiny": 1e-7, "huge": 1.5e300,
}
source = (
    "{{ s }}|{{ m }}|{{ n }}|{{ f }}|{{ big }}|{{ neg }}|{{ flag }}|{{ nothing }}|{{ items }}|"
    "{{ d }}|{{ p }}|{{ p.name }}|{{ p.label }}|{{ zero }}|{{ tiny }}|{{ huge }}|"
    "{{ none }}|{{ true }}|{{ False }}|{{ 'lit<' }}|{{ s ~ m }}|{{ m ~ n }}|{{ n ~ f ~ nothing }}"
)
for env in (html, text):
    print(env.from_string(source).render(**values))

arith = (
    "{{ 7 // 2 }} {{ -7 // 2 }} {{ 7 % 3 }} {{ -7 % 3 }} {{ 2 ** 10 }} {{ 2 ** 64 }} {{ 7 / 2 }} "
    "{{ 1 + 2.5 }} {{ 'ab' + 'cd' }} {{ 'x' * 3 }} {{ -n }} {{ +f }} {{ n - big }} {{ 9007199254740993 / 1 }}"
)
print(text.from_string(arith).render(**values))
compare = (
    "{{ n == 42 }} {{ n != 42.0 }} {{ f < n }} {{ 'a' < 'b' }} {{ nothing == none }} "
    "{{ 'a' in items }} {{ 'z' not in items }} {{ 'k' in d }} {{ 'om' in s }} {{ 1 == true }} "
    "{{ n > 1 and f or 'no' }} {{ 0 or nothing or 'last' }} {{ not items }} {{ 'yes' if flag else 'no' }}"
)
print(text.from_string(compare).render(**values))
print(html.from_string("[{{ 'shown' if flag }}][{{ 'hidden' if not flag }}][{{ d.missing }}][{{ d['k'] }}]"
                       "[{{ items[1] }}][{{ items[-1] }}][{{ items[5] }}][{{ d.items is callable }}][{{ p.nope }}]").render(**values))
print(html.from_string("{% set x = s ~ '!' %}{{ x }} {% set a, b = items %}{{ b }}{{ a }}").render(**values))

for src in ["{{ d.missing }}", "{{ p.nope }}", "{{ nope }}", "{{ 'x' if false }}", "{{ items[9] }}",
            "{{ nope.attr }}", "{% if nope %}y{% endif %}", "{{ nope + 1 }}"]:
    try:
        print("strict:", Environment(undefined=StrictUndefined).from_string(src).render(**values))
    except UndefinedError as exc:
        print("strict UndefinedError:", exc)
for src in ["{{ 1 / 0 }}", "{{ n + 'x' }}", "{{ items < 3 }}", "{% set a, b = 'abc' %}", "{% set a, b = 5 %}"]:
    try:
        print(text.from_string(src).render(**values))
    except Exception as exc:
        print(type(exc).__name__, exc)
