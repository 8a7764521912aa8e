# Emphasis edge cases: nesting, intraword underscores, unmatched markers, mixed strong/em.
import markdown

cases = [
    "***strong em*** and ___both___",
    "**bold *nested em* bold**",
    "*em **nested strong** em*",
    "snake_case_word and __init__ method",
    "2 * 3 * 4 and a * b",
    "**unclosed bold and *unclosed em",
    "*a*b*c* and **a**b**",
    "_em_ and __strong__ and ___strong em___",
    "***a** b*",
    "***a* b**",
    "**a *b***",
    "mid**word**bold and mid*word*em",
    "* not em *",
    "\\*escaped\\* and \\_also\\_",
    "__a_b__ and _a__b_",
    "*multi\nline em*",
]
for text in cases:
    print(repr(text))
    print(markdown.markdown(text))
