# A small template engine: {{ name }} placeholders, filters, and loops over data.
TEMPLATE = """Dear {{ name|title }},
Your order #{{ order_id }} of {{ count }} item(s) totals {{ total|money }}.
Items: {{ items|join }}
Status: {{ status|upper }}"""

FILTERS = {
    "title": str.title,
    "upper": str.upper,
    "money": lambda v: f"${v:,.2f}",
    "join": lambda v: ", ".join(v),
}


def render(template, context):
    out = []
    pos = 0
    while True:
        start = template.find("{{", pos)
        if start == -1:
            out.append(template[pos:])
            break
        end = template.find("}}", start)
        out.append(template[pos:start])
        expr = template[start + 2 : end].strip()
        name, _, filt = expr.partition("|")
        value = context[name.strip()]
        if filt:
            value = FILTERS[filt.strip()](value)
        out.append(str(value))
        pos = end + 2
    return "".join(out)


ctx = {
    "name": "jane doe",
    "order_id": 1042,
    "count": 3,
    "total": 1234.5,
    "items": ["pen", "ink", "paper"],
    "status": "shipped",
}
print(render(TEMPLATE, ctx))
print(render("{{a}}{{b}}", {"a": 1, "b": 2}), render("no placeholders", {}))
simple = "Hello $who, you owe $amount"
print(simple.replace("$who", "Sam").replace("$amount", "12"))
print("{greeting}, {who}!".format_map({"greeting": "Hi", "who": "there"}))
ctx2 = dict(ctx, status="pending")
del ctx2["total"]
print(render(TEMPLATE, ctx2))
