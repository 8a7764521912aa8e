# Three levels of template inheritance with super(), self, nested blocks and variables.
from jinja2 import Environment, DictLoader

env = Environment(loader=DictLoader({
    "root.html": """<html>
<head>{% block head %}<title>{% block title %}Site{% endblock %}</title>{% endblock %}</head>
<body>
{% block header %}<header>{{ self.title() }}</header>{% endblock %}
{% block content %}root content{% endblock %}
{% block footer %}<footer>root footer</footer>{% endblock %}
</body>
</html>""",
    "section.html": """{% extends "root.html" %}
{% set section_name = "Guides" %}
{% block title %}{{ section_name }} | {{ super() }}{% endblock %}
{% block content %}<div class="section">{% block inner %}section default{% endblock %}</div>{% endblock %}
{% block footer %}{{ super() }}<p>section footer</p>{% endblock %}""",
    "page.html": """{% extends "section.html" %}
{% block title %}{{ page.title }} - {{ super() }}{% endblock %}
{% block inner %}{% for p in page.paragraphs %}<p>{{ p }}</p>{% endfor %}{{ super() }}{% endblock %}
this text outside blocks is ignored""",
    "dyn.html": """{% extends layout %}{% block content %}dynamic parent: {{ layout }}{% endblock %}""",
}))
print(env.get_template("page.html").render(page={"title": "Install", "paragraphs": ["Step 1", "Step 2"]}))
print(env.get_template("section.html").render())
print(env.get_template("dyn.html").render(layout="root.html"))
t = env.get_template("page.html")
print(sorted(t.blocks), t.name, repr(t))
