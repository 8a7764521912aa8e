# Includes in a small site: with and without context, top-level and block-level
# variables passed on, ignore missing, an included template that extends another.
from jinja2 import DictLoader, Environment, TemplateNotFound

templates = {
    "layout.html": "[{% block body %}layout{% endblock %}]",
    "header.html": "<h1>{{ title }}</h1>{% set local = 'header-only' %}<p>{{ user.name|default('anon') }}</p>",
    "footer.html": "<footer>{{ site }} {{ title|default('no title') }} {{ year }}</footer>",
    "widget.html": "{% extends 'layout.html' %}{% block body %}widget {{ label }}{% endblock %}",
    "page.html": "{% set title = 'Home & Garden' %}{% include 'header.html' %}"
                 "{% block content %}{% set label = 'inner' %}{% include 'widget.html' %}{% endblock %}"
                 "{% include 'footer.html' without context %}{% include 'missing.html' ignore missing %}"
                 "|{{ local|default('not leaked') }}",
    "broken.html": "before {% include 'missing.html' %} after",
}
env = Environment(loader=DictLoader(templates), autoescape=True)
env.globals["site"] = "example.org"
env.globals["year"] = 2024
print(env.get_template("page.html").render(user={"name": "Ann <3"}))
print(env.get_template("page.html").render(user={}))
try:
    env.get_template("broken.html").render()
except TemplateNotFound as exc:
    print("TemplateNotFound:", exc)
print(env.from_string("{% include 'footer.html' %}").render(title="T"))
