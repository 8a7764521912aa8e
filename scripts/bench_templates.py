"""Times jinja2 and markdown the way a web handler uses them; run it under pyex and CPython.

    pyex scripts/bench_templates.py
    /work/.cache/templates-venv/bin/python scripts/bench_templates.py   # the real packages

Prints microseconds per operation (best of 5 batches): compiling the template, rendering it
(a blog index: 10 posts, loop, filters, autoescape, extends), converting a 1 kB markdown post,
and markdown + rendering the post page.
"""
import time

_t0 = time.perf_counter()
import markdown  # noqa: E402
from jinja2 import Environment, DictLoader  # noqa: E402
IMPORT_US = (time.perf_counter() - _t0) * 1e6

TEMPLATES = {
    "base.html": """<!doctype html><html><head><title>{% block title %}Blog{% endblock %}</title></head>
<body>{% block body %}{% endblock %}</body></html>""",
    "index.html": """{% extends "base.html" %}{% block title %}{{ blog|title }} - {{ super() }}{% endblock %}
{% block body %}<ul>
{% for p in posts %}<li class="{{ loop.cycle('odd', 'even') }}"><a href="/p/{{ p.slug }}">{{ p.title }}</a>
<span>{{ p.tags|join(", ") }}</span> {{ p.summary|truncate(40) }}{% if p.views > 100 %} hot{% endif %}</li>
{% endfor %}</ul><p>{{ posts|length }} posts</p>{% endblock %}""",
    "post.html": """{% extends "base.html" %}{% block title %}{{ title }}{% endblock %}
{% block body %}<article>{{ body|safe }}</article>{% endblock %}""",
}
POST = """# A post about templates

Templates are *fast* when they compile to **code**. Some `inline code` and a [link](/x).

- one point
- another point with _emphasis_

> a quote

    code block line 1
    code block line 2

Final paragraph with AT&T and <b>html</b>.
"""
env = Environment(loader=DictLoader(TEMPLATES), autoescape=True)
posts = [{"slug": f"post-{i}", "title": f"Post <{i}>", "tags": ["a", "b"], "views": i * 30,
          "summary": "A summary that is long enough to be truncated somewhere."} for i in range(10)]


def best_us(fn, n):
    best = None
    for _ in range(5):
        t0 = time.perf_counter()
        for _ in range(n):
            fn()
        dt = (time.perf_counter() - t0) / n * 1e6
        best = dt if best is None or dt < best else best
    return best


def compile_index():
    env.cache.clear()
    env.get_template("index.html")


index = env.get_template("index.html")
post = env.get_template("post.html")
md = markdown.Markdown()


def render_index():
    index.render(blog="my blog", posts=posts)


def convert_post():
    md.reset()
    md.convert(POST)


def post_page():
    md.reset()
    post.render(title="Templates", body=md.convert(POST))


hello = env.from_string("<h1>Hello {{ user.name }}!</h1><ul>{% for t in todos %}<li>{{ t }}</li>{% endfor %}</ul>")


def render_hello():
    hello.render(user={"name": "Ann"}, todos=["milk", "eggs", "bread"])


print(f"import jinja2, markdown {IMPORT_US:9.1f} us (first import in this process)")
print(f"render hello (3 todos)  {best_us(render_hello, 500):9.1f} us")
print(f"compile index.html      {best_us(compile_index, 20):9.1f} us")
print(f"render index.html       {best_us(render_index, 200):9.1f} us")
print(f"markdown.convert (1 kB) {best_us(convert_post, 100):9.1f} us")
print(f"markdown + render post  {best_us(post_page, 100):9.1f} us")
