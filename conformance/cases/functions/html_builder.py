# Building HTML with **attrs and *children: keyword renaming, boolean attributes and nesting.
def tag(name, *children, **attrs):
    parts = [name]
    for key, value in attrs.items():
        key = key.rstrip("_").replace("_", "-")
        if value is True:
            parts.append(key)
        elif value is not False and value is not None:
            parts.append(f'{key}="{value}"')
    opening = "<" + " ".join(parts) + ">"
    if not children and name in ("br", "img", "input"):
        return opening
    return opening + "".join(str(c) for c in children) + f"</{name}>"


def ul(*items, **attrs):
    return tag("ul", *(tag("li", i) for i in items), **attrs)


page = tag(
    "div",
    tag("h1", "Title", class_="big"),
    tag("p", "Hello ", tag("b", "world"), "!"),
    ul("one", "two", data_count=2),
    tag("input", type="checkbox", checked=True, disabled=False),
    tag("img", src="a.png", alt=None),
    id="main",
)
print(page)
print(tag("br"), tag("span"), tag("a", "link", href="/x", aria_label="go"))
attrs = {"class_": "row", "data_id": 7}
print(tag("tr", *[tag("td", n) for n in range(3)], **attrs))
print(tag(name="p"))
try:
    print(tag("p", name="dup", **{"name": "x"}))
except TypeError as exc:
    print("TypeError:", exc)
