# One 120 KB line of chained subscripts with a syntax error at its end: the
# error report parses the line several times (the reference parser, then
# again for CPython's error position). The time limit ends it between passes.
source = "x = a" + "[0]" * 40_000 + " +\n"
print(len(source))
try:
    exec(source)
except SyntaxError as e:
    print("SyntaxError", e.lineno)
