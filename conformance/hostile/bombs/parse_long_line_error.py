# A 30 KB line of chained subscripts with a syntax error at its end, handed to
# exec again and again: each error report parses the line several times (the
# reference parser, again for CPython's error position, then probes). The time
# limit ends the run inside a report, between its passes and probes.
source = "x = a" + "[0]" * 10_000 + " +\n"
print(len(source))
reports = 0
while True:
    try:
        exec(source)
    except SyntaxError as e:
        reports += 1
