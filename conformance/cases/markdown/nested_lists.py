# Lists: nested, ordered, loose, with paragraphs and code inside items.
import markdown

docs = [
    "- one\n- two\n    - two.a\n    - two.b\n        - deep\n- three",
    "1. first\n2. second\n3. third",
    "3. starts at three\n4. four",
    "* loose one\n\n* loose two\n\n* loose three",
    "- item with text\n\n    A second paragraph in the item.\n\n- next item",
    "1. step\n\n        code in a list\n\n2. another step",
    "- a\n- b\n\n1. x\n2. y",
    "+ plus\n+ list\n\nParagraph after.",
    "- [link](http://a.b) in *list*\n- `code` item",
    "Intro:\n\n- a\n  continued lazily\n- b",
]
for text in docs:
    print(markdown.markdown(text))
    print("~~")
print(markdown.markdown("1. a\n1. b\n\n- c\n- d", extensions=["sane_lists"]))
