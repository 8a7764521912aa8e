# str methods that size their result from an argument.
import itertools
for expr in ["'x'.ljust(10**10)", "'x'.center(10**10)", "'1'.zfill(10**10)", "'\\t'.expandtabs(10**10)", "'ab'.replace('', 'x' * 10**6)", "'{:>10000000000}'.format(1)", "'%*d' % (10**10, 1)"]:
    try:
        eval(expr)
        print(expr, 'ok')
    except MemoryError as exc:
        print(expr, 'MemoryError')
