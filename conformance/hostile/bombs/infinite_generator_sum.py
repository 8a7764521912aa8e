# sum() of an infinite generator: no memory growth, only time.
import itertools
total = sum(itertools.count())
