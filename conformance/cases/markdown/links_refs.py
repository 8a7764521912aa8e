# Links: inline, with titles, reference style, autolinks, emails, images by reference.
import markdown

doc = """See [the docs][docs], [Python][] and [this one] [1].
Inline [with title](http://x.org/a_b "Title here") and [angle](<http://y.org/a b>).
An [undefined][nope] reference stays text. Parens [link](http://w.org/a_(b)).
Auto: <https://example.com/path?q=1&r=2> and mail <me@example.com>.
Image by ref: ![logo][img] and [![nested](/n.png)](/target).

[docs]: https://docs.example.com  "The Docs"
[python]: https://python.org
[1]: http://one.example.com/
[img]: /logo.png 'Logo'
"""
print(markdown.markdown(doc))
print(markdown.markdown("[a](/x 'single') [b](/y (paren))"))
