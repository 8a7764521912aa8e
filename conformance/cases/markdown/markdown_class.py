# markdown.Markdown reused across documents, reset(), extension names, nl2br, output formats.
import markdown

md = markdown.Markdown(extensions=["markdown.extensions.fenced_code", "tables"])
docs = ["# One\n\nfirst *doc*", "## Two\n\n```\ncode\n```", "| a | b |\n|---|---|\n| 1 | 2 |"]
for d in docs:
    print(md.convert(d))
    md.reset()
print(markdown.markdown("line one\nline two", extensions=["nl2br"]))
print(markdown.markdown("![x](y.png)\n\n---", output_format="html"))
print(markdown.markdown("![x](y.png)\n\n---", output_format="xhtml"))
print(type(md).__name__, hasattr(md, "convert"), markdown.markdown("ok") == markdown.Markdown().convert("ok"))
try:
    markdown.markdown("x", extensions=["no_such_extension_here"])
except Exception as exc:
    print(type(exc).__name__)
