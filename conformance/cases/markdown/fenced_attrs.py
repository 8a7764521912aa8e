# Fenced code: tildes and backticks, languages, attribute lists, hl_lines, nested fences, html escaping.
import markdown

doc = '''Intro.

```python
def f(x):
    return x < 1 and "a" & 'b'
```

~~~
tilde fence
~~~

```{.shell #cmd}
$ ls -la
```

```{.js .extra data-x="1"}
let a = 1;
```

```ruby hl_lines="1"
puts 1
```

````
```
inner fence
```
````

``` .lang-with.dots
x
```
'''
print(markdown.markdown(doc, extensions=["fenced_code"]))
print("--")
print(markdown.markdown(doc, extensions=["fenced_code", "attr_list"]))
print("--")
print(markdown.markdown("```py\nx = 1\n```", extensions=["fenced_code"], extension_configs={"fenced_code": {"lang_prefix": "lang-"}}))
print(markdown.markdown("```\nunclosed fence\n", extensions=["fenced_code"]))
