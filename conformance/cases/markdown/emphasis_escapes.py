# Emphasis variants, smart underscores, escapes and line breaks.
import markdown

samples = [
    "*em* _em_ **strong** __strong__ ***both*** ___both___",
    "snake_case_word and __init__ stay; mid*word*emph works",
    "**bold *nested em* bold** and *em **nested strong** em*",
    "\\*not em\\* \\_nor this\\_ \\# \\\\ backslash \\[brackets\\]",
    "a * lone star and _ lone underscore",
    "line with two spaces  \nnext line\nsoft wrapped",
    "# Heading with *em* and `code` #",
    "#No space heading",
    "###### Six\n####### Seven?",
    "Special chars: < > & \" '",
]
for s in samples:
    print(markdown.markdown(s))
