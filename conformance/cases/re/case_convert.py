# Converting identifiers between camelCase, snake_case, kebab-case and
# Title Case with lookarounds and callable replacements.
import re

def snake(name):
    name = re.sub(r"(.)([A-Z][a-z]+)", r"\1_\2", name)
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name).lower()

def camel(name):
    return re.sub(r"[_-]+(\w)", lambda m: m.group(1).upper(), name)

def kebab(name):
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|_", "-", name).lower()

def title(name):
    return " ".join(w.capitalize() for w in re.split(r"[_\-\s]+|(?<=[a-z])(?=[A-Z])", name) if w)

for n in ["getHTTPResponseCode", "simpleName", "already_snake", "HTMLParser", "version2Update", "x"]:
    print(f"{n:22} {snake(n):26} {kebab(n):26} {title(n)}")
for n in ["user_id", "first-name", "__private_var", "a_b_c"]:
    print(n, camel(n))

print(re.sub(r"\b(\w)(\w*)\b", lambda m: m.group(1).upper() + m.group(2), "the quick brown fox"))
print(re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+", "parseXMLDocument2Html"))
