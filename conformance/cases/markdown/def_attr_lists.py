# def_list and attr_list: terms, multiple definitions, loose definitions, attributes on blocks and inline.
import markdown

doc = """Apple
:   A fruit.
:   A company.

Orange
Tangerine
:   Citrus fruits.

Loose term

:   Definition with a paragraph.

    Second paragraph of it.

# Heading {: #custom-id .big }

A paragraph with attributes.
{: .note data-level="2" }

An [inline link](/x){: target="_blank" } and *em*{: .hl }.

- list item {: .item }
- second
"""
print(markdown.markdown(doc, extensions=["def_list", "attr_list"]))
print("--")
print(markdown.markdown(doc, extensions=["extra"]))
