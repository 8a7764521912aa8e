# An app registering its own filters, tests and globals (pass_context / pass_environment too).
from datetime import date
from jinja2 import Environment, DictLoader, pass_context, pass_environment, pass_eval_context
from markupsafe import Markup, escape


def datefmt(value, fmt="%Y-%m-%d"):
    return value.strftime(fmt)


def pluralize(n, singular="", plural="s"):
    return singular if n == 1 else plural


@pass_context
def current_user(ctx, greeting):
    return f"{greeting}, {ctx.get('user', 'guest')}"


@pass_environment
def shout(env, value):
    return env.filters["upper"](value) + "!"


@pass_eval_context
def nl2br(eval_ctx, value):
    result = "<br>\n".join(escape(p) for p in value.split("\n"))
    return Markup(result) if eval_ctx.autoescape else result


def is_prime(n):
    return n > 1 and all(n % d for d in range(2, int(n ** 0.5) + 1))


env = Environment(loader=DictLoader({
    "page.html": """{{ site_name }} ({{ year }})
Posted {{ posted|datefmt }} / {{ posted|datefmt("%d %b %Y") }}
{{ n }} comment{{ n|pluralize }}, 1 reply{{ 1|pluralize }}, {{ 3 }} child{{ 3|pluralize("", "ren") }}
{{ "hello"|current_user }} / {{ "hey"|shout }}
{{ text|nl2br }}
primes: {{ range(20)|select("prime")|join(",") }}{% if 7 is prime %} (7 is prime){% endif %}
{{ greet("Zed") }} {{ "page.html" is filter }} {{ "datefmt" is filter }} {{ "prime" is test }}""",
}), autoescape=True)
env.filters["datefmt"] = datefmt
env.filters["pluralize"] = pluralize
env.filters["current_user"] = current_user
env.filters["shout"] = shout
env.filters["nl2br"] = nl2br
env.tests["prime"] = is_prime
env.globals.update(site_name="My <Site>", greet=lambda name: f"Hi {name}")
tmpl = env.get_template("page.html")
env.globals["year"] = 2024
print(tmpl.render(posted=date(2024, 3, 9), n=2, text="line 1\n<line 2>", user="ann"))
print(tmpl.render(posted=date(2023, 12, 25), n=1, text="one"))
print(env.from_string("{{ x }}", globals={"x": "template global"}).render(), env.from_string("{{ x }}").render())
