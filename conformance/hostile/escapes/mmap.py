# A module that reaches the host (mmap).
import mmap

mmap.mmap(-1, 4096)
