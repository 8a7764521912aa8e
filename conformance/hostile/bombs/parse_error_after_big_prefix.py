# 100,000 valid statements, then a syntax error: only the failed statement is
# read again to report CPython's error (the whole file was, several times:
# about 50 s in a debug build), so this ends with the program's own
# SyntaxError, well within the limit.
lines = ["x = %d" % i for i in range(100_000)]
lines.append("x = = 2")
source = "\n".join(lines) + "\n"
try:
    exec(source)
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text))
try:
    compile(source, "big.py", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset)
