# re: search, match, findall, sub with groups and callables, split, compiled patterns.
import re

text = "Contact ann@example.com or bob.smith@mail.org before 2024-05-01; call 555-1234."
print(re.findall(r"[\w.]+@[\w.]+\.\w+", text))
m = re.search(r"(\d{4})-(\d{2})-(\d{2})", text)
print(m.group(0), m.groups(), m.start(), m.end(), m.span(2))
date = re.compile(r"(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)")
print(date.search(text).groupdict())
print(re.sub(r"\d", "#", "a1b22c333"), re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@home"))
print(re.sub(r"\d+", lambda mm: str(int(mm.group()) * 2), "3 apples and 12 pears"))
print(re.split(r"[,;]\s*", "a, b;c ,d"), re.match(r"\d+", "abc"), bool(re.fullmatch(r"[a-z]+", "abc")))
print([mm.group() for mm in re.finditer(r"\b\w{5}\b", "these words are short or longer")])
print(re.findall(r"(\w)(\d)", "a1 b2 c3"), re.escape("1+1=2?"), re.IGNORECASE == re.I)
print(re.search(r"HELLO", "say hello", re.IGNORECASE).group())
try:
    re.compile(r"(unclosed")
except re.error as exc:
    print("re.error:", exc)
print(m.group(4))
