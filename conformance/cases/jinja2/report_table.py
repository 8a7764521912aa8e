# A sales report as an HTML table: groupby, sum, round, dictsort, batch, selectattr, autoescape.
from jinja2 import Template

sales = [
    {"region": "North", "rep": "Ann", "amount": 1200.456, "closed": True},
    {"region": "South", "rep": "Bo", "amount": 830.1, "closed": False},
    {"region": "North", "rep": "Cy", "amount": 99.999, "closed": True},
    {"region": "East", "rep": "Di <admin>", "amount": 450.0, "closed": True},
    {"region": "South", "rep": "Ed", "amount": 1500.5, "closed": True},
]

tmpl = Template("""<table>
  <tr><th>Region</th><th>Reps</th><th>Total</th></tr>
{%- for group in sales|groupby("region") %}
  <tr><td>{{ group.grouper }}</td><td>{{ group.list|map(attribute="rep")|join(", ") }}</td><td>{{ group.list|sum(attribute="amount")|round(2) }}</td></tr>
{%- endfor %}
</table>
<p>Closed deals: {{ sales|selectattr("closed")|list|length }} of {{ sales|length }}</p>
<p>Open: {{ sales|rejectattr("closed")|map(attribute="rep")|join }}</p>
<p>Biggest: {{ (sales|max(attribute="amount")).rep }}, smallest: {{ (sales|min(attribute="amount")).rep }}</p>
{% for row in sales|map(attribute="rep")|batch(2, "-") -%}
<div>{{ row|join(" | ") }}</div>
{% endfor -%}
{% for key, value in totals|dictsort(by="value", reverse=true) -%}
{{ key }}={{ value|round(1, "floor") }}{{ ", " if not loop.last }}
{%- endfor %}
""", autoescape=True)

totals = {}
for s in sales:
    totals[s["region"]] = totals.get(s["region"], 0) + s["amount"]
print(tmpl.render(sales=sales, totals=totals))
