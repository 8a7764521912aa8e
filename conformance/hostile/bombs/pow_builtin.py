# pow(2, 10**10): 1.25 GB of digits.
n = pow(2, 10**10)
