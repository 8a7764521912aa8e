# Raising the recursion limit to overflow the host's native stack with deep Python recursion.
import sys

sys.setrecursionlimit(10**8)

def down(n):
    return down(n + 1)

down(0)
