# A documentation site: FileSystemLoader over files the program writes, include, import, select_autoescape.
import os
from jinja2 import Environment, FileSystemLoader, select_autoescape, TemplateNotFound

os.makedirs("templates/partials", exist_ok=True)
files = {
    "templates/layout.html": """<html><body>
<nav>{% include "partials/nav.html" %}</nav>
<main>{% block main %}{% endblock %}</main>
</body></html>""",
    "templates/partials/nav.html": """{% for item in nav %}<a href="{{ item.href }}"{% if item.href == current %} class="active"{% endif %}>{{ item.label }}</a>{% if not loop.last %} | {% endif %}{% endfor %}""",
    "templates/macros.html": """{% macro note(text, kind="info") -%}
<div class="note note-{{ kind }}">{{ text }}</div>
{%- endmacro %}
{% macro code(src) -%}
<pre><code>{{ src }}</code></pre>
{%- endmacro %}""",
    "templates/page.html": """{% extends "layout.html" %}
{% import "macros.html" as m %}
{% from "macros.html" import code as code_block %}
{% block main %}<h1>{{ title }}</h1>
{{ m.note("Read this first & carefully") }}
{{ m.note(warning, kind="warn") }}
{{ code_block("if a < b:\\n    print(a)") }}
{% include ["missing.html", "partials/footer.html"] ignore missing %}
{% endblock %}""",
    "templates/notes.txt": "Plain: {{ title }} & {{ warning }}",
}
for path, text in files.items():
    with open(path, "w") as f:
        f.write(text)

env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html"]))
nav = [{"href": "/", "label": "Home"}, {"href": "/docs", "label": "Docs"}, {"href": "/faq", "label": "FAQ"}]
print(env.get_template("page.html").render(title="Getting <started>", warning="Don't <panic>", nav=nav, current="/docs"))
print(env.get_template("notes.txt").render(title="<t>", warning="a & b"))
print(sorted(env.list_templates()))
try:
    env.get_template("nope.html")
except TemplateNotFound as exc:
    print("not found:", exc, exc.name)
with open("templates/partials/footer.html", "w") as f:
    f.write("<footer>{{ title|lower }}</footer>")
env2 = Environment(loader=FileSystemLoader("templates"), autoescape=True)
print(env2.get_template("page.html").render(title="Footer Now", warning="w", nav=nav[:1], current="/"))
