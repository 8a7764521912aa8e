# A docs page: markdown converted to HTML, then placed into a Jinja2 layout.
import markdown
from jinja2 import Environment, DictLoader

pages = {
    "intro": "# Introduction\n\nWelcome to **pyex**.\n\n- fast\n- safe\n",
    "usage": "# Usage\n\nRun:\n\n    pyex main.py\n\n| Flag | Meaning |\n|------|---------|\n| `-c` | run code |\n",
}
env = Environment(loader=DictLoader({
    "layout.html": """<!doctype html>
<title>{{ title }} - Docs</title>
<nav>{% for name in pages|sort %}<a href="/{{ name }}"{% if name == current %} class="current"{% endif %}>{{ name|capitalize }}</a>{% endfor %}</nav>
<article>
{{ body|safe }}
</article>
<p>{{ body|striptags|wordcount }} words</p>"""
}), autoescape=True)
md = markdown.Markdown(extensions=["tables", "toc"])
for name, text in pages.items():
    body = md.convert(text)
    md.reset()
    print(env.get_template("layout.html").render(title=name.title(), pages=pages, current=name, body=body))
    print("=====")
