# math.factorial(10**7): minutes of bignum work in one native call.
import math
n = math.factorial(10**7)
