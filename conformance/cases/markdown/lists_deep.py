# Deeply nested and mixed lists: ordered inside unordered, loose items, code and quotes in items.
import markdown

docs = [
    "1. Install\n    - download\n    - unpack\n        1. tar\n        2. zip\n2. Configure\n3. Run",
    "* top\n    * mid\n        * low\n    * mid again\n* top again",
    "- item one\n\n    > quoted inside the item\n\n- item two\n\n        indented code\n\n- item three",
    "- first\nlazy continuation\n- second\n\n  still second?",
    "10. ten\n11. eleven\n\n\n12. twelve after blank lines",
    "- a\n\n\n- b\n- c",
    "1) not a list marker\n2) either",
    "-no space is not a list\n\n- but this is",
    "* # heading in item\n* ---",
    "- [ ] todo\n- [x] done",
]
for i, text in enumerate(docs):
    print(f"--- {i}")
    print(markdown.markdown(text))

md = markdown.Markdown(extensions=["sane_lists"])
for text in ["4. four\n5. five\n\n- x\n- y", "- a\n1. b\n- c", "2. two\n* star"]:
    print(md.convert(text))
    print("==")
