# A module that reaches the host (ctypes).
import ctypes

ctypes.CDLL(None).system(b"id")
