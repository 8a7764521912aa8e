# list() of an infinite generator.
import itertools
xs = list(itertools.count())
