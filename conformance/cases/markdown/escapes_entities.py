# Backslash escapes, entities, ampersands, angle brackets, autolinks and obfuscated mail links.
import markdown

cases = [
    r"\# not a heading",
    r"1986\. A great year",
    r"\[not a link\](/x) and \`not code\`",
    r"backslash \\ and \q stays",
    "AT&T &amp; &copy; &#169; &#xa9; &nbsp; & alone",
    "1 < 2 > 0 and <3",
    "<https://example.com/path?a=1&b=2> and <mailto:someone@example.com>",
    "<user@example.org>",
    "`code with &amp; and <tag>`",
    "``double `tick` code``",
    r"\\`not code either\\`",
    "trailing two spaces  \nline break",
    "a | b with \\| escaped pipe",
    r"\{braces\} \+ plus \- minus \. dot \! bang",
]
for text in cases:
    print(markdown.markdown(text))
print(markdown.markdown(r"a \| b", extensions=["tables"]))
