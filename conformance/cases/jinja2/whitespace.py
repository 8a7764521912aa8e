# Whitespace control: {%- -%}, {{- -}}, trim_blocks, lstrip_blocks, {%+, raw blocks, comments.
from jinja2 import Environment

src = """<ul>
    {% for item in items %}
    <li>{{ item }}</li>
    {% endfor %}
</ul>
{# a comment #}
    {%+ if true %}kept indent{% endif %}
{% raw %}{{ not a variable }} {% if %}{% endraw %}
{%- for i in [1, 2, 3] -%}
  [{{- i -}}]
{%- endfor %}
end
"""
for opts in [{}, {"trim_blocks": True}, {"lstrip_blocks": True}, {"trim_blocks": True, "lstrip_blocks": True},
             {"keep_trailing_newline": True}]:
    env = Environment(**opts)
    print(opts, repr(env.from_string(src).render(items=["a", "b"])))
env = Environment(trim_blocks=True, lstrip_blocks=True)
print(env.from_string("""
{% macro row(cells) %}
  {% for c in cells %}
    <td>{{ c }}</td>
  {% endfor %}
{% endmacro %}
<table>
  {% for r in rows %}
  <tr>
{{ row(r) }}  </tr>
  {% endfor %}
</table>
""").render(rows=[[1, 2], [3, 4]]))
print(repr(env.from_string("a {#- c -#} b {%- if 1 -%} c {%- endif %}\n  d").render()))
