# Unicode: accents, CJK, emoji, RTL text in headings, emphasis, links, tables, and toc slugs.
import markdown

doc = """# Café résumé — naïve

Some *émphasis* and **強調** and _ünder_ 🎉.

## 日本語の見出し

- élément un
- 要素 二
- emoji 🚀 item

| Ключ | Значение |
|------|----------|
| α | β |

[Ссылка](https://пример.рф/путь) and `код`

> שלום עולם

## Café résumé — naïve
"""
md = markdown.Markdown(extensions=["toc", "tables"])
print(md.convert(doc))
print(md.toc)
for tok in md.toc_tokens:
    print(tok["level"], tok["id"], tok["name"], [c["id"] for c in tok["children"]])
print(markdown.markdown("tabs\tinside\tline and\ttrailing", tab_length=8))
print(markdown.markdown("Ünïcödé\n======\n\nSub\n---"))
