# Raw HTML blocks and inline HTML, entities, and escaping of special characters.
import markdown

doc = """<div class="note">
  <p>Raw *HTML* block</p>
</div>

Text with <span class="hl">inline html</span> and <br/> a break.

<!-- a comment block -->

5 > 3 and 2 < 4, AT&T, &amp; &copy; &#169; &#xA9; &bogus

<table>
  <tr><td>cell</td></tr>
</table>
after table
<hr>

Final *paragraph*.
"""
print(markdown.markdown(doc))
print(markdown.markdown("a <b>bold *md*</b> c"))
print(markdown.markdown("<p>para</p>\n\n<section>\n\n## not md\n\n</section>"))
