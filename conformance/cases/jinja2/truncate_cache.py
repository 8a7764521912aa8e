# truncate at its edges (length + leeway exactly, unicode text, a changed policy, killwords, a
# custom end), title over separators, and get_template's cache as an app uses it: the same
# object each time, a DictLoader whose mapping changed (auto_reload), and the Template itself.
from jinja2 import DictLoader, Environment, Template

env = Environment(autoescape=True)
body = "one two three four five six seven eight nine ten"
uni = "été à Genève — très chaud, où aller déjeuner ensuite ?"
checks = [
    ("{{ s|truncate(45) }}", {"s": body}),
    ("{{ s|truncate(44) }}", {"s": body}),
    ("{{ s|truncate(43) }}", {"s": body}),
    ("{{ s|truncate(20) }}", {"s": uni}),
    ("{{ s|truncate(20, true) }}", {"s": uni}),
    ("{{ s|truncate(20, false, ' »') }}", {"s": uni}),
    ("{{ s|truncate(12, true, '') }}", {"s": body}),
    ("{{ s|truncate(3) }}", {"s": "abcdefghij"}),
    ("{{ s|truncate(10, leeway=0) }}|{{ s|truncate(10, leeway=2) }}", {"s": "abcdefghijkl"}),
    ("{{ s|truncate(5) }}", {"s": "nospaces-at-all-in-this-long-word"}),
    ("{{ s|title }}", {"s": "o'neil mc-donald (the [third]) {x} <y> tab\tnew\nline"}),
    ("{{ s|title }}", {"s": "éCOLE ÀLA-mode"}),
    ("{{ s|title }}", {"s": "  leading  spaces--dash"}),
]
for source, ctx in checks:
    print(env.from_string(source).render(**ctx))

env.policies["truncate.leeway"] = 0
print(env.from_string("{{ s|truncate(40) }}").render(s=body))
env.policies["truncate.leeway"] = 20
print(env.from_string("{{ s|truncate(40) }}").render(s=body))

templates = {"page.html": "<p>{{ items|join(', ')|truncate(15) }}</p>"}
app_env = Environment(loader=DictLoader(templates), autoescape=True)
first = app_env.get_template("page.html")
print(first is app_env.get_template("page.html"), first.render(items=["alpha", "beta", "gamma"]))
print(app_env.get_template(first) is first)
templates["page.html"] = "<b>{{ items|length }}</b>"
again = app_env.get_template("page.html")
print(again.render(items=["alpha", "beta", "gamma"]))
fixed = Environment(loader=DictLoader(templates), auto_reload=False)
kept = fixed.get_template("page.html")
templates["page.html"] = "changed {{ items|first }}"
print(fixed.get_template("page.html") is kept, kept.render(items=["x"]))
try:
    Environment().get_template("page.html")
except TypeError as e:
    print("TypeError:", e)
