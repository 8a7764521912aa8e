# int('9' * 10**6): the conversion limit the other way.
n = int('9' * 10**6)
