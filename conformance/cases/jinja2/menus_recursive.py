# A site menu from a tree: recursive loops, loop.depth, with blocks, unknown tags like `do`.
from jinja2 import Environment, TemplateSyntaxError

tree = [
    {"title": "Home", "href": "/", "children": []},
    {"title": "Docs", "href": "/docs", "children": [
        {"title": "Install", "href": "/docs/install", "children": []},
        {"title": "API", "href": "/docs/api", "children": [
            {"title": "jinja2", "href": "/docs/api/jinja2", "children": []},
        ]},
    ]},
    {"title": "Blog & News", "href": "/blog", "children": []},
]
env = Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True)
menu = env.from_string("""<ul class="menu">
{% for item in tree recursive %}
  <li class="depth-{{ loop.depth }} d0-{{ loop.depth0 }}"><a href="{{ item.href }}">{{ item.title }}</a>
  {%- if item.children %}<ul>{{ loop(item.children) }}</ul>{% endif %}</li>
{% endfor %}
</ul>""")
print(menu.render(tree=tree))
flat = env.from_string("{% for item in tree if item.title != 'API' recursive %}{{ item.title }}{% if item.children %}[{{ loop(item.children) }}]{% endif %};{% endfor %}")
print(flat.render(tree=tree))
print(env.from_string("{% for a in [1, 2] %}{% for b in 'xy' %}{{ loop.depth }}{{ a }}{{ b }} {% endfor %}{% endfor %}").render())
print(env.from_string("{% with a = 1, b = 2 %}{% set c = a + b %}{{ a }}+{{ b }}={{ c }}{% endwith %} [{{ a }}][{{ c }}]").render())
print(env.from_string("{% with total = items|sum %}{{ total }}{% endwith %}").render(items=[1, 2, 3]))
for src in ["{% do items.append(1) %}", "{% for x in y %}{{ loop(x) }}{% endfor %}"]:
    try:
        print(env.from_string(src).render(y=[[1]], items=[]))
    except TemplateSyntaxError as exc:
        print("TemplateSyntaxError:", exc)
    except TypeError as exc:
        print("TypeError:", exc)
