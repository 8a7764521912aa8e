# Lifting the conversion limit, then converting a 10**6-digit int (quadratic work).
import sys
sys.set_int_max_str_digits(0)
n = 10**(10**6)
s = str(n)
print(len(s))
