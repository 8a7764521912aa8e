# itertools.product with a huge repeat, materialised by list().
import itertools
xs = list(itertools.product('ab', repeat=40))
