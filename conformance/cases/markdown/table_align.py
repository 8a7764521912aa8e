# Tables: alignment rows, missing and extra cells, escaped pipes, code with pipes, no borders.
import markdown

tables = [
    "| Left | Center | Right | None |\n|:-----|:------:|------:|------|\n| a | b | c | d |\n| 1 | 2 | 3 | 4 |",
    "Name | Value\n--- | ---\nx | 1\ny",
    "| a | b |\n|---|---|\n| 1 | 2 | 3 |",
    "| cmd | note |\n|-----|------|\n| `a | b` | pipe in code |\n| x \\| y | escaped pipe |",
    "| only header |\n|-------------|",
    "|single|\n|---|\n|row|",
    "| h1 | h2 |\n|----|----|\n| **bold** | [link](/l) |",
    "not | a table\nbecause | no separator",
]
for t in tables:
    print(markdown.markdown(t, extensions=["tables"]))
    print("~~")
print(markdown.markdown(tables[0], extensions=["tables"], extension_configs={"tables": {"use_align_attribute": True}}))
print(markdown.markdown(tables[0], extensions=["extra"]))
