# Autoescaping: Markup, |safe, |e, |escape, autoescape blocks, escaping in macros and joins.
from jinja2 import Environment, Template
from markupsafe import Markup, escape

env = Environment(autoescape=True)
ctx = {"user_input": "<script>alert('x')</script>", "trusted": Markup("<b>bold</b>"), "amp": "Tom & Jerry"}
print(env.from_string("{{ user_input }} | {{ trusted }} | {{ amp }} | {{ user_input|safe }}").render(**ctx))
print(env.from_string("{{ ['<a>', trusted]|join(', ') }} | {{ '<x>' ~ trusted }} | {{ amp|e|length }}").render(**ctx))
print(env.from_string("{% autoescape false %}{{ user_input }}{% endautoescape %} {{ user_input|truncate(10) }}").render(**ctx))
print(Template("{% autoescape true %}{{ amp }}{% endautoescape %} {{ amp }} {{ amp|e }} {{ amp|escape }}").render(**ctx))
print(env.from_string("{% macro b(t) %}<b>{{ t }}</b>{% endmacro %}{{ b(amp) }} {{ b(trusted) }}").render(**ctx))
print(env.from_string("{% set html %}<i>{{ amp }}</i>{% endset %}{{ html }} {{ html|upper }}").render(**ctx))
print(env.from_string("{% filter upper %}hello {{ amp }}{% endfilter %}").render(**ctx))
print(env.from_string("<a title=\"{{ title }}\">{{ body|striptags }}</a>").render(title='say "hi"', body="<p>x &amp; y</p>"))
print(env.from_string("{{ d|xmlattr }}|{{ d|tojson }}").render(d={"class": "a&b", "id": "<x>", "skip": None}))
m = Markup("<em>%s</em>") % "<unsafe>"
print(m, repr(m), escape("it's"), Markup("a") + "<b>", Markup("<br>").join(["<1>", Markup("<2>")]))
print(Markup("<p>Hi &amp; bye</p>").striptags(), Markup("&lt;x&gt;").unescape(), str(escape(None)), escape(42))
print(Markup("{0} and {name}").format("<a>", name=Markup("<b>")), Markup.escape("<y>"), type(escape("s")).__name__)
