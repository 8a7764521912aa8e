# The tables extension: alignment, inline markup in cells, pipes in code, tables without borders.
import markdown

doc = """| Name | Qty | Price | Note |
|:-----|:---:|------:|------|
| Apple | 3 | $1.20 | *fresh* |
| `a|b` | 10 | $0.05 | [link](/x) |
| Kiwi | | $2.00 | |

Plain  | Table
------ | -----
a      | b
"""
print(markdown.markdown(doc, extensions=["tables"]))
print("----")
print(markdown.markdown(doc))
print("----")
print(markdown.markdown("| only |\n|------|\n", extensions=["markdown.extensions.tables"]))
print(markdown.markdown("|a|b|\n|-|-|\n|1|2|", extensions=["extra"]))
