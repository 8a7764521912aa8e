# Python objects in templates: attributes, properties, methods with arguments, item access, slicing.
from jinja2 import Template


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"

    def plus(self, other):
        return Money(self.cents + other.cents)


class Cart:
    def __init__(self, owner):
        self.owner = owner
        self.lines = []

    def add(self, name, cents, qty=1):
        self.lines.append({"name": name, "price": Money(cents), "qty": qty})
        return ""

    @property
    def total(self):
        t = Money(0)
        for line in self.lines:
            for _ in range(line["qty"]):
                t = t.plus(line["price"])
        return t

    def __len__(self):
        return len(self.lines)


cart = Cart("zoe")
tmpl = Template("""{{ cart.add("tea", 450) }}{{ cart.add("mug", 1299, qty=2) -}}
Cart of {{ cart.owner|title }} ({{ cart|length }} lines):
{% for line in cart.lines -%}
- {{ line.name }} x{{ line.qty }}: {{ line.price }} / {{ line['price'] }}
{% endfor -%}
Total: {{ cart.total }} ({{ cart.total.cents }} cents)
{{ words[1:3] }} {{ words[-1] }} {{ words[::2]|join('-') }} {{ "hello"[1:4] }} {{ matrix[1][0] }}
{{ d.items()|list }} {{ d.keys()|list }} {{ d.get('a') }} {{ d.get('zz', 'none') }} {{ d['b'] }}
{{ "a,b,c".split(",") }} {{ "  x ".strip() }} {{ "{} + {}".format(1, 2) }} {{ 7 // 2 }} {{ 7 / 2 }} {{ 2 ** 10 }} {{ 7 % 3 }}
{{ (1, 2) }} {{ [1, 'two', none, true] }} {{ {'k': 'v'} }} {{ 1 ~ 2 ~ 'x' }} {{ -3 }} {{ not true }}
{{ 'yes' if cart.lines else 'no' }} {{ 'a' if false }}|{{ 1 < 2 < 3 }} {{ 'b' in 'abc' }} {{ 4 not in [1, 2] }}
{{ range(3)|list }} {{ range(1, 10, 4)|list }} {{ dict(a=1)['a'] }}
{% set c = cycler('r', 'g') %}{{ c.next() }}{{ c.next() }}{{ c.next() }} {% set j = joiner(';') %}{% for x in 'ab' %}{{ j() }}{{ x }}{% endfor %}
""")
print(tmpl.render(cart=cart, words=["zero", "one", "two", "three"], matrix=[[1, 2], [3, 4]], d={"a": 1, "b": 2}))
