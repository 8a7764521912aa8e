# bytes/bytearray/to_bytes sized from an argument.
for expr in ['bytes(10**10)', 'bytearray(10**10)', '(1).to_bytes(10**10, "big")', 'b"x".ljust(10**10)', 'bytearray(b"x") * 10**10']:
    try:
        eval(expr)
        print(expr, 'ok')
    except (MemoryError, OverflowError) as exc:
        print(expr, type(exc).__name__)
