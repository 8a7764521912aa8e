# A tokenizer written as a generator: numbers, names, operators and strings, with position tracking.
def tokenize(src):
    i = 0
    line = 1
    while i < len(src):
        ch = src[i]
        if ch == "\n":
            line += 1
            i += 1
        elif ch.isspace():
            i += 1
        elif ch.isdigit():
            start = i
            while i < len(src) and (src[i].isdigit() or src[i] == "."):
                i += 1
            text = src[start:i]
            yield ("NUMBER", float(text) if "." in text else int(text), line)
        elif ch.isalpha() or ch == "_":
            start = i
            while i < len(src) and (src[i].isalnum() or src[i] == "_"):
                i += 1
            word = src[start:i]
            yield ("KEYWORD" if word in {"let", "print", "if"} else "NAME", word, line)
        elif ch == '"':
            end = src.index('"', i + 1)
            yield ("STRING", src[i + 1 : end], line)
            i = end + 1
        elif src[i : i + 2] in ("==", "<=", ">=", "!="):
            yield ("OP", src[i : i + 2], line)
            i += 2
        elif ch in "+-*/=<>()":
            yield ("OP", ch, line)
            i += 1
        else:
            raise SyntaxError(f"unexpected character {ch!r} on line {line}")


program = 'let x = 3.5 * (y + 42)\nif x >= 10 print "big"\nlet _tmp2 = x != y'
for kind, value, line in tokenize(program):
    print(f"{line}: {kind:<8} {value!r}")
counts = {}
for kind, _, _ in tokenize(program):
    counts[kind] = counts.get(kind, 0) + 1
print(counts)
names = sorted({v for k, v, _ in tokenize(program) if k == "NAME"})
print(names)
list(tokenize("let a = 1\nlet b = a @ 2"))
