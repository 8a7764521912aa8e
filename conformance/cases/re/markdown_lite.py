# A miniature Markdown-to-HTML converter: headers, emphasis, code spans,
# links, lists, with escaping done by a single substitution.
import re

MD = """# Title here
Some *emphasis* and **strong** text with `code *not emph*`.
A [link](http://example.com/a_b) and another [one](/x).

## List
- item *one*
- item **two**
- item with <html> & stuff
Plain line: 2 * 3 = 6
"""

def escape(s):
    return re.sub(r"[&<>]", lambda m: {"&": "&amp;", "<": "&lt;", ">": "&gt;"}[m.group()], s)

def inline(s):
    codes = []
    def stash(m):
        codes.append(m.group(1))
        return "\x00%d\x00" % (len(codes) - 1)
    s = re.sub(r"`([^`]+)`", stash, s)
    s = escape(s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"(?<!\*)\*(?!\s)(.+?)(?<!\s)\*", r"<i>\1</i>", s)
    s = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r'<a href="\2">\1</a>', s)
    return re.sub(r"\x00(\d+)\x00", lambda m: "<code>" + escape(codes[int(m[1])]) + "</code>", s)

out, in_list = [], False
for line in MD.splitlines():
    if m := re.match(r"(#{1,6})\s+(.*)", line):
        out.append("<h%d>%s</h%d>" % (len(m[1]), inline(m[2]), len(m[1])))
        continue
    if m := re.match(r"[-*]\s+(.*)", line):
        if not in_list:
            out.append("<ul>")
            in_list = True
        out.append("  <li>" + inline(m[1]) + "</li>")
        continue
    if in_list:
        out.append("</ul>")
        in_list = False
    if line.strip():
        out.append("<p>" + inline(line) + "</p>")
if in_list:
    out.append("</ul>")
print("\n".join(out))
