def helper():
    from math import *
    return sqrt(4)
