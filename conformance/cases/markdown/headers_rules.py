# Headings and rules: hash and setext forms, closing hashes, levels beyond six, rules of all kinds.
import markdown

cases = [
    "# One\n## Two ##\n### Three ###   \n#### Four\n##### Five\n###### Six\n####### Seven",
    "#No space\n#    Many spaces    #",
    "Title\n=====\n\nSubtitle\n--------",
    "Paragraph line\nSetext right after\n---",
    "---\n***\n___\n- - -\n* * *\n_ _ _",
    "text\n***\nmore text",
    "## Heading with `code` and *em*",
    "# Heading \\#escaped hash #",
    "Para\n# Heading inside paragraph block\nmore",
    "    # indented is code",
]
for text in cases:
    print(markdown.markdown(text))
    print("~~")
md = markdown.Markdown(extensions=["toc"], extension_configs={"toc": {"toc_depth": "2-3", "baselevel": 2}})
print(md.convert("# A\n## B\n### C\n#### D"))
print(md.toc)
print([(t["level"], t["name"]) for t in md.toc_tokens])
