# textwrap: fill/wrap at several widths with indents, shorten, long words, dedent and indent.
import textwrap
text = ("The quick brown fox jumps over the lazy dog. A well-known pangram, it contains every "
        "letter of the English alphabet at least once and is used for testing typewriters.")
for w in (20, 33, 50):
    print(textwrap.fill(text, width=w))
    print("--")
print(textwrap.wrap(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(text, width=40), "|", textwrap.shorten("Hello  world!", width=12))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10))
code = """
    def f():
        return 1

    print(f())
"""
print(textwrap.dedent(code))
print(textwrap.indent("a\nb\n\nc\n", "> "))
print(textwrap.fill("short", 3), textwrap.wrap(""), textwrap.wrap("one two three", 7, max_lines=2))
