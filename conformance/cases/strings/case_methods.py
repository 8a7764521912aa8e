# Case conversions and case predicates for building identifiers and headlines.
words = ["hello world", "HELLO WORLD", "hello-world_again", "o'neil's pub", "ßtraße", "ǅemal"]
for w in words:
    print(f"{w!r:22} upper={w.upper()!r} lower={w.lower()!r} title={w.title()!r}")
for w in words:
    print(f"{w!r:22} cap={w.capitalize()!r} swap={w.swapcase()!r} fold={w.casefold()!r}")


def snake_to_camel(name):
    head, *rest = name.split("_")
    return head.lower() + "".join(part.capitalize() for part in rest)


def camel_to_snake(name):
    out = []
    for ch in name:
        if ch.isupper():
            if out:
                out.append("_")
            out.append(ch.lower())
        else:
            out.append(ch)
    return "".join(out)


for n in ["user_id", "http_response_code", "x"]:
    camel = snake_to_camel(n)
    print(n, camel, camel_to_snake(camel))
print("Hello".isupper(), "HELLO".isupper(), "hello".islower(), "Hello World".istitle(), "Hello world".istitle())
print("123".isupper(), "A1".isupper(), "".islower(), "ABC def".swapcase())
print("Straße".lower() == "strasse", "Straße".casefold() == "strasse".casefold())
headline = "the lord of the rings: the return of the king"
small = {"of", "the", "a", "an"}
fixed = " ".join(w if i and w in small else w.capitalize() for i, w in enumerate(headline.split()))
print(fixed)
