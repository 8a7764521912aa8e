# A blog post with images, quotes, rules, emphasis and fenced code.
import markdown

POST = """Setext Title
============

Posted by *Ann* on __Monday__.

![A cat](/img/cat.jpg "The cat") and ![no title](/img/dog.png).

> Quotes can span
> several lines.
>
> > And nest.

***

Some `inline <code>` and a fenced block:

```python
def greet(name):
    return f"Hello, {name}!" if name else "<nobody>"
```

~~~
plain fence
~~~

Sub heading
-----------

Trailing text with a line break  
right here.
"""
print(markdown.markdown(POST, extensions=["fenced_code"]))
print("----")
print(markdown.markdown(POST))
