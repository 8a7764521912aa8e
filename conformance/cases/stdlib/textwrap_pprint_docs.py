# Formatting a help screen with textwrap and dumping nested config with pprint.
import pprint
import textwrap

doc = """
    Usage: tool [options] FILE

    Processes FILE and writes a summary.   Extra   spaces are collapsed when
    wrapping, and very-long-hyphenated-words may be broken at hyphens.
"""
body = textwrap.dedent(doc).strip()
print(body)
para = body.split("\n\n")[1]
print(textwrap.fill(para, width=30))
print(textwrap.wrap(para, width=24, max_lines=3, placeholder=" [...]"))
print(textwrap.fill(para, 40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten("The quick brown fox jumps over the lazy dog", width=25))
print(textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hi", 10))
print(textwrap.indent("line one\n\nline three\n", "> "))
print(textwrap.indent("a\n\nb", "+ ", lambda line: True))
print(textwrap.wrap("supercalifragilisticexpialidocious", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious x", 10, break_long_words=False))
print(textwrap.wrap("a-b-c-d-e-f-g-h", 5), textwrap.wrap("tabs\there", 20, expand_tabs=True, tabsize=4))
w = textwrap.TextWrapper(width=20, fix_sentence_endings=True, drop_whitespace=False)
print(w.wrap("End here. Then more text follows here."))

config = {
    "service": {"name": "billing", "replicas": 3, "ports": [8080, 8443],
                "env": {"DEBUG": False, "LOG_LEVEL": "info", "FEATURES": ["a", "b", "c"]}},
    "databases": [{"host": f"db{i}.internal", "port": 5432 + i, "tags": ("primary",) if i == 0 else ()}
                  for i in range(3)],
    "limits": {"cpu": 2.5, "memory": "4Gi", "burst": None},
}
pprint.pprint(config)
pprint.pprint(config, width=60, compact=True)
pprint.pprint(config["databases"], depth=1)
print(pprint.pformat(list(range(30)), width=40))
print(pprint.pformat({"b": 1, "a": [1, 2]}, sort_dicts=False), pprint.pformat("x" * 10))
pp = pprint.PrettyPrinter(indent=4, width=50)
pp.pprint(config["service"])
print(pprint.isreadable(config), pprint.isrecursive(config), pprint.saferepr([1, {"k": "v"}]))
loop = [1, 2]
loop.append(loop)
print(pprint.pformat(loop).split(" with id")[0], pprint.isrecursive(loop))
pprint.pp({"z": 1, "a": 2})
