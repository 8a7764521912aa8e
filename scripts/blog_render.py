"""Renders the bench blog's pages (conformance/web/cases/blog_pages.py) the way its handlers do,
without the web layer: the CPython + real Jinja2 reference for `core/examples/time_lambda.rs`.

    PYTHONPATH=<templates-venv site-packages> python3 scripts/blog_render.py list N
    PYTHONPATH=... python3 scripts/blog_render.py page N     # markdown + post.html
    PYTHONPATH=... python3 scripts/blog_render.py post N     # post.html alone (markdown done once)
    pyex scripts/blog_render.py list N                       # the same under pyex (render only)

Runs one warm-up render, then N timed ones, and prints the time per render. Under
valgrind the instructions of one render are (count at N=11 - count at N=1) / 10, as for
time_lambda. The templates are read from the app's source, the data are the bench's
five posts (the same markdown body as time_lambda and core/benches/lambda.rs).
"""
import ast
import os
import sys
import time

import markdown
from jinja2 import DictLoader, Environment

HERE = os.path.dirname(os.path.abspath(__file__))
APP = os.path.join(HERE, '..', 'conformance', 'web', 'cases', 'blog_pages.py')
MARKDOWN = "# Getting started\n\nPyex runs **Python** inside your *host*. It has:\n\n- a parser\n- an evaluator with `frames`\n- snapshots\n\n| Feature | State |\n|---------|-------|\n| run | done |\n| snapshot | done |\n\n```python\ndef hello(name):\n    return f\"hi {name}\"\n```\n\n> Quoted with a [link](https://example.com).\n"


def templates():
    with open(APP) as f:
        tree = ast.parse(f.read())
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], 'id', None) == 'TEMPLATES':
            return ast.literal_eval(node.value)
    raise SystemExit('no TEMPLATES in ' + APP)


def slugify(title):
    return "-".join(w.lower() for w in title.split() if w.isalnum())


def nav(active):
    links = [("/posts", "Posts"), ("/about", "About")]
    return [{"href": h, "label": l, "active": h == active} for h, l in links]


env = Environment(loader=DictLoader(templates()), autoescape=True)
posts = {}
for i in range(5):
    title = f"Post number {i}"
    posts[slugify(title)] = {"slug": slugify(title), "title": title, "body": MARKDOWN,
                             "tags": [f"t{i}", "all"], "words": len(MARKDOWN.split())}


def list_page():
    found = [p for p in posts.values()]
    page = env.get_template("list.html")
    return page.render(posts=found, tag="", site="<Pyex>", nav=nav("/posts"), posts_total=len(posts))


def post_page():
    post = posts["post-number-3"]
    html = markdown.markdown(post["body"], extensions=["tables", "fenced_code"])
    page = env.get_template("post.html")
    return page.render(post=post, html=html, site="<Pyex>", nav=nav(""), posts_total=len(posts))


HTML = markdown.markdown(MARKDOWN, extensions=["tables", "fenced_code"])


def post_only():
    post = posts["post-number-3"]
    page = env.get_template("post.html")
    return page.render(post=post, html=HTML, site="<Pyex>", nav=nav(""), posts_total=len(posts))


def main():
    what = sys.argv[1] if len(sys.argv) > 1 else 'list'
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    fn = {'page': post_page, 'post': post_only}.get(what, list_page)
    fn()
    t0 = time.perf_counter()
    for _ in range(n):
        fn()
    print(f'{what} x{n}: {(time.perf_counter() - t0) / max(n, 1) * 1e6:.1f} us each')


main()
