# Reference-style links and images: titles in three quote styles, case folding, missing refs, reuse.
import markdown

doc = """See [the docs][Docs], [Home] and [home][] and ![logo][img].

Implicit [Docs] works, [missing][nope] does not, nor [Missing].

Multi word: [Python Markdown][pm] and [the
wrapped id][pm].

[docs]: https://example.com/docs "Docs Title"
[home]: <https://example.com/>  'Home Page'
[img]: /logo.png (Logo)
[pm]:
    https://python-markdown.github.io/
   [Empty]: /empty ""
"""
print(markdown.markdown(doc))
md = markdown.Markdown()
print(md.convert("[a]: /first\n\nuse [a]"))
print(md.convert("again [a] without definition"))
print(sorted(md.references.items()))
md.reset()
print(md.convert("after reset [a]"))
print(markdown.markdown("[x]: http://x.y 'bad title\n\n[x]"))
print(markdown.markdown("[link](<http://a.b/c d> \"t\") and [paren](http://a.b/(x)) and [q](/u 'single')"))
print(markdown.markdown("[nested [brackets] text](/n) and ![alt *em*](/i.png \"Title\")"))
