# html: escaping user content into a page and unescaping scraped text.
import html

comments = [
    ("ann", "I <3 this & that"),
    ("bob", '<script>alert("x")</script>'),
    ("cy", "It's 5 > 3, isn't it?"),
]
rows = []
for user, text in comments:
    rows.append(f'<li data-user="{html.escape(user)}">{html.escape(text)}</li>')
print("<ul>\n" + "\n".join(rows) + "\n</ul>")
print(html.escape("a 'quoted' \"string\"", quote=False))
print(html.escape("a 'quoted' \"string\""))

scraped = [
    "Fish &amp; Chips &pound;5",
    "&lt;b&gt;bold&lt;/b&gt; &mdash; &hellip;",
    "caf&eacute; na&iuml;ve &Eacute;cole",
    "&#65;&#66;&#x43; &#x1F600; &#128512;",
    "&amp;amp; &notanentity; &amp",
    "&copy2024 &notin; &not it",
    "&#0; &#x80; &#xD800; &#1114112; &#129;",
    "&AMP; &LT &GT; &nbsp;x&NewLine;y",
    "no entities at all",
    "& alone, &# and &#x; stay",
]
for s in scraped:
    print(repr(html.unescape(s)))
print(html.unescape(html.escape("<&>\"'")) == "<&>\"'")
from html.entities import name2codepoint, codepoint2name, html5
print(name2codepoint["eacute"], codepoint2name[233], html5["amp;"], len(html5) > 2000)
