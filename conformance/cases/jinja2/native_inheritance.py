# A three-level layout: blocks overridden at each level, super() chains, variables set
# before extends, captured blocks with filters, and super() without a parent block.
from jinja2 import DictLoader, Environment, UndefinedError

templates = {
    "base.html": "<title>{% block title %}Site{% endblock %}</title>\n"
                 "<nav>{% block nav %}home{% endblock %}</nav>\n"
                 "<main>{% block main %}base main{% endblock %}</main>\n"
                 "<footer>{% block footer %}(c) {{ year }} {{ owner|default('nobody') }}{% endblock %}</footer>",
    "section.html": "{% extends 'base.html' %}"
                    "{% block title %}{{ section|title }} - {{ super() }}{% endblock %}"
                    "{% block nav %}{{ super() }} &gt; {{ section }}{% endblock %}"
                    "{% block main %}<section>{% block content %}empty{% endblock %}</section>{% endblock %}",
    "page.html": "{% set owner = 'Ann & Co' %}{% extends 'section.html' %}"
                 "ignored text {{ owner }}"
                 "{% block title %}{{ heading }} | {{ super() }}{% endblock %}"
                 "{% block content %}{% set words = body.split() %}{{ words|length }} words: {{ body }}"
                 "{% endblock %}",
    "orphan.html": "{% extends 'base.html' %}{% block main %}[{{ super() }}]{% endblock %}"
                   "{% block nav %}{{ super() }}{% endblock %}",
    "capture.html": "{% set banner %}<b>{{ heading }}</b> {{ year }}{% endset %}"
                    "{% set shout | upper %}{{ heading }}!{% endset %}"
                    "{{ banner }}|{{ shout }}|{{ banner|length }}",
    "nosuper.html": "{% block only %}{{ super() }}{% endblock %}",
}
for autoescape in (True, False):
    env = Environment(loader=DictLoader(templates), autoescape=autoescape)
    print(env.get_template("page.html").render(section="guides", heading="Intro <1>", body="a b c", year=2024))
    print(env.get_template("orphan.html").render(year=1999, owner="<me>"))
    print(env.get_template("capture.html").render(heading="Hi & bye", year=2024))
    try:
        env.get_template("nosuper.html").render()
    except UndefinedError as exc:
        print("UndefinedError:", exc)
