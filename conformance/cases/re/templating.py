# A tiny template engine: {{ name }} substitutions with filters, {% for %}
# loops handled with a callable replacement, and escapes with expand().
import re

VAR = re.compile(r"\{\{\s*(\w+)((?:\s*\|\s*\w+)*)\s*\}\}")
LOOP = re.compile(r"\{%\s*for (\w+) in (\w+)\s*%\}(.*?)\{%\s*endfor\s*%\}", re.S)
FILTERS = {"upper": str.upper, "lower": str.lower, "title": str.title,
           "strip": str.strip, "len": lambda s: str(len(s))}

def render(template, context):
    def loop(m):
        var, seq, body = m.groups()
        return "".join(render(body, {**context, var: item}) for item in context[seq])
    template = LOOP.sub(loop, template)
    def var(m):
        value = str(context.get(m.group(1), "?"))
        for f in re.findall(r"\w+", m.group(2)):
            value = FILTERS[f](value)
        return value
    return VAR.sub(var, template)

page = """Hello {{ name | title }}!
{% for item in items %}- {{ item | upper }} ({{ item|len }})
{% endfor %}Missing: {{ nothing }}"""
print(render(page, {"name": "ada lovelace", "items": ["tea", "cake", "jam"]}))

m = re.search(r"(?P<first>\w+) (?P<last>\w+)", "Grace Hopper")
print(m.expand(r"\g<last>, \g<first> (\1/\2) \g<0>"))
print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "mail bob@example.com or eve@corp.com"))
print(re.subn(r"\$(\w+)", lambda m: {"a": "1", "b": "2"}.get(m[1], m[0]), "$a + $b = $c"))
print(re.sub("(?P<word>o+)", r"[\g<word>]", "foo boo zoo", count=2))
print(re.sub(r"^", "> ", "quoted\nlines\n", flags=re.M))
