# A shop page printing every kind of value through autoescaping, attribute lookups on dicts,
# dict subclasses and objects, and the title/join/sort/lower/upper filters on plain and
# unusual inputs (Markup, numbers, generators, attributes, keyword arguments).
from jinja2 import Environment, DictLoader, StrictUndefined, UndefinedError
from markupsafe import Markup


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __html__(self):
        return "<b>%d.%02d</b>" % divmod(self.cents, 100)

    def __str__(self):
        return "%d cents" % self.cents


class Tag(str):
    pass


class Attrs(dict):
    @property
    def note(self):
        return "from a property"


class Item:
    def __init__(self, name, price):
        self.name = name
        self.price = price

    def __getattr__(self, name):
        if name == "magic":
            return "computed " + self.name
        raise AttributeError(name)


TEMPLATES = {
    "values.html": """{% for v in values %}[{{ v }}]{% endfor %}
{% for v in values %}({{ loop.index }}:{{ v }}|{{ v }}){% endfor %}
{{ d.name }} {{ d.items is defined }} {{ d.missing is defined }} {{ d.__class__ is defined }} {{ d["items"] }}
{{ sub.name }} {{ sub.note }} {{ obj.name }} {{ obj.price }} {{ obj.magic }} {{ obj.nothing is defined }}""",
    "filters.html": """{{ "hello wORLD-foo(bar) [baz] {qux} <x>y" | title }} {{ "ÉCOLE élève ǆemal" | title }}
{{ 42 | title }} {{ safe_text | title }} {{ "" | title }} {{ "  two  spaces " | title }}
{{ words | join(", ") }} {{ words | join }} {{ (1, 2, 3) | join("-") }} {{ markups | join(" & ") }}
{{ words | join(sep) }} {{ gen | join("+") }} {{ items | join(", ", attribute="name") }} {{ words | join(d=";") }}
{{ names | sort | join(",") }} {{ names | sort(true) | join(",") }} {{ names | sort(case_sensitive=true) | join(",") }}
{{ names | sort(false, true) | join(",") }} {{ [3, 1, 2] | sort | join }} {{ items | sort(attribute="price") | join(",", attribute="name") }}
{{ "MiXeD" | lower }} {{ "MiXeD" | upper }} {{ safe_text | lower }} {{ 7 | upper }} {{ "straße" | upper }}
{{ long | truncate(20) }}|{{ long | truncate(20, true) }}|{{ long | truncate(25, false, "…") }}|{{ long | truncate(10, leeway=0) }}
{{ long | truncate }}|{{ "short" | truncate(3) }}|{{ "ça va très bien merci" | truncate(12, end="+") }}|{{ safe_text | truncate(8) }}
{{ missing | default("none") }} {{ "" | default("empty", true) }} {{ [] | d("nothing", true) }} {{ 0 | default(5) }} {{ 0 | default(5, true) }}
{{ none | default("x") }} {{ none | default("x", true) }} {{ missing | default }}|{{ "" | default }} {{ safe_text | default("y", boolean=true) }}""",
}

for autoescape in (True, False):
    env = Environment(loader=DictLoader(TEMPLATES), autoescape=autoescape)
    print(env.get_template("values.html").render(
        values=["<a href='x'>&\"", 12, -3, 2.5, True, None, Markup("<i>ok</i>"), Money(1234),
                Tag("<tag>"), [1, "<"], {"k": "<v>"}],
        d={"name": "<dict>", "items": "an item"},
        sub=Attrs(name="sub<>"),
        obj=Item("lamp", 30)))
    print(env.get_template("filters.html").render(
        safe_text=Markup("<em>SAFE text</em>"),
        words=["a<b", "c", "d"],
        markups=[Markup("<b>x</b>"), "<y>"],
        sep=Markup("<br>"),
        gen=(str(i) for i in range(3)),
        items=[Item("pen", 3), Item("ink", 1)],
        names=["bob", "Alice", "carol", "alice", "Bob"],
        long="The quick brown fox jumps over the lazy dog near the river bank"))

for bad in ("{{ 'abcdef' | truncate(2) }}", "{{ 'abcdef' | truncate(3, leeway=-1) }}"):
    try:
        env.from_string(bad).render()
    except AssertionError as e:
        print("AssertionError:", e)

strict = Environment(undefined=StrictUndefined, autoescape=True)
try:
    strict.from_string("<p>{{ a }} and {{ b.c }}</p>").render()
except UndefinedError as e:
    print("UndefinedError:", e)
print(strict.from_string("<p>{{ a }} and {{ b }}</p>").render(a="<1>", b=2.5))
