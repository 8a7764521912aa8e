# sorted() / max() / ''.join of infinite iterators.
import itertools
m = max(itertools.repeat(1))
