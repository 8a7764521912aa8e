# A blog index page: template inheritance, loops with loop.*, filters on Python objects.
from jinja2 import Environment, DictLoader


class Post:
    def __init__(self, slug, title, body, tags, views):
        self.slug = slug
        self.title = title
        self.body = body
        self.tags = tags
        self.views = views

    def url(self):
        return "/posts/" + self.slug

    @property
    def excerpt(self):
        return self.body.split(".")[0] + "."


TEMPLATES = {
    "base.html": """<!doctype html>
<html>
<head><title>{% block title %}My Blog{% endblock %}</title></head>
<body>
{% block content %}{% endblock %}
<footer>{{ footer|default("(c) nobody") }}</footer>
</body>
</html>""",
    "index.html": """{% extends "base.html" %}
{% block title %}Home - {{ super() }}{% endblock %}
{% block content %}
<h1>{{ blog_name|title }}</h1>
<ul class="posts">
{% for post in posts %}
  <li class="{{ loop.cycle('odd', 'even') }}{% if loop.first %} first{% endif %}">
    <a href="{{ post.url() }}">{{ loop.index }}. {{ post.title }}</a>
    <p>{{ post.excerpt|truncate(30) }}</p>
    <small>{{ post.tags|join(", ") }} | {{ post.views }} views{% if post.views > 1000 %} (popular){% endif %}</small>
  </li>
{% else %}
  <li>No posts yet.</li>
{% endfor %}
</ul>
<p>{{ posts|length }} posts, {{ posts|sum(attribute="views") }} views in total.</p>
{% endblock %}""",
}

env = Environment(loader=DictLoader(TEMPLATES), autoescape=True)
posts = [
    Post("hello", "Hello <World>", "This is the first post. It says hello.", ["intro", "meta"], 120),
    Post("jinja", "Templates & You", "Jinja templates compile to Python code for speed. Neat.", ["python"], 2400),
    Post("md", "Markdown tips", "Use markdown. It is simple.", [], 75),
]
page = env.get_template("index.html")
print(page.render(blog_name="the pyex blog", posts=posts))
print("---")
print(page.render(blog_name="empty", posts=[], footer="(c) 2024 me"))
