# Links and images whose parentheses and quotes do not pair up the easy way:
# Python-Markdown scans them with bracket and quote counters, backtracking
# when a title never closes (and splicing from the end of the text when the
# backtrack ends on an opening parenthesis).
import markdown

DOCS = [
    '![A cat](/img/cat.jpg "The cat" and ![no title](/img/dog.png).',
    '[plain](http://example.com/a_(b)) and [titled](/x "Title") done.',
    '[quote](/path"notitle) tail) and more.',
    "[alt quotes](/p 'it\"s' ) end",
    '![nested](/a/(b/(c)) "deep") after',
    "[open](/a (b 'c) and text",
    "See [this](/q?x=(1)&y='2') and ![img](/i.png 'Alt \"t\"').",
]

for doc in DOCS:
    print(markdown.markdown(doc))
    print("--")

post = """# Gallery

Photos: ![one](/1.jpg "First") ![two](/2.jpg 'Second (draft)') and
[the index](/gallery/(all) "All photos").

> A link in a quote: [home](/ "Home page").
"""
print(markdown.markdown(post))
