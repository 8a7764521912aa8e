# A plain-text order confirmation email: trim_blocks/lstrip_blocks, macros, format, filters.
from jinja2 import Environment

TEMPLATE = """\
{% macro money(amount) %}${{ "%.2f"|format(amount) }}{% endmacro %}
Hello {{ customer.name|capitalize }},

Thank you for your order #{{ order.id }} placed on {{ order.date }}.

{% for item in order["items"] %}
  {% if item.qty > 1 %}
  - {{ item.qty }} x {{ item.name|title }} @ {{ money(item.price) }} = {{ money(item.qty * item.price) }}
  {% else %}
  - {{ item.name|title }}: {{ money(item.price) }}
  {% endif %}
{% endfor %}

Subtotal: {{ money(subtotal) }}
{% if discount %}
Discount ({{ discount.code|upper }}): -{{ money(discount.amount) }}
{% endif %}
Total: {{ money(subtotal - (discount.amount if discount else 0)) }}

{% set notes = customer.get("notes") %}
{% if notes %}
Your notes ({{ notes|wordcount }} words): "{{ notes|trim }}"
{% endif %}
Shipping to:
{{ customer.address|indent(4, first=True) }}

-- 
{{ shop|center(30)|replace(" ", ".") }}
"""

env = Environment(trim_blocks=True, lstrip_blocks=True)
tmpl = env.from_string(TEMPLATE)
order = {
    "id": 1042,
    "date": "2024-03-01",
    "items": [
        {"name": "blue widget", "qty": 2, "price": 9.5},
        {"name": "gadget pro", "qty": 1, "price": 120.0},
        {"name": "cable", "qty": 3, "price": 2.25},
    ],
}
subtotal = sum(i["qty"] * i["price"] for i in order["items"])
customer = {"name": "ada", "address": "1 Analytical Way\nLondon\nUK", "notes": "  leave it at the door please  "}
print(tmpl.render(customer=customer, order=order, subtotal=subtotal,
                  discount={"code": "spring10", "amount": 10}, shop="Widget Shop"))
print("====")
customer2 = {"name": "BOB", "address": "42 Main St"}
print(tmpl.render(customer=customer2, order=order, subtotal=subtotal, discount=None, shop="Widget Shop"))
