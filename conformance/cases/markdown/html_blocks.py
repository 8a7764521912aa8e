# Raw HTML: block elements, nested same tags, comments, inline tags, markdown next to html.
import markdown

doc = """<div class="card">
<div class="inner">
*not emphasis inside html*
</div>
</div>

Text after the card with <em>inline</em> and <a href="/x">a link</a>.

<!-- a comment -->

<table>
  <tr><td>cell</td></tr>
</table>
Paragraph right after table.

<section id="s1"><p>one line section</p></section>

<hr>
<hr/>

<p>raw paragraph</p>

<span>span at line start is inline</span>

Some <b>bold</b> &amp; <i>italic</i> text &lt;3
"""
print(markdown.markdown(doc))
print("--")
print(markdown.markdown("<div>\n# not a heading\n</div>\n\n# a heading"))
print(markdown.markdown("<details>\n<summary>More</summary>\n\nHidden\n</details>"))
print(markdown.markdown("a <br> b <img src='x.png'> c <!-- inline comment --> d"))
