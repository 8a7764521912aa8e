# Code: indented blocks, fenced blocks with languages, escaping inside code, backticks.
import markdown

doc = """Indented:

    <div class="x">&amp;</div>
    if a < b && c > d:
        pass

    still code after a blank line

Fenced with attributes:

```js
const x = "<tag>" && 'q';
```

``` .rust
fn main() {}
```

Use ``code with ` backtick`` and `a & b` and `` `tick` ``.

Escaped \\`not code\\`.
"""
print(markdown.markdown(doc, extensions=["fenced_code"]))
print(markdown.markdown("```\nno lang\n```", extensions=["fenced_code"]))
print(markdown.markdown("    tab\tinside\n\tand tab-indented", tab_length=4))
