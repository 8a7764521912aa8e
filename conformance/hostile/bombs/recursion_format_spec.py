# Nested format specs.
s = '{0:{0:{0:{0:}}}}'.format(1)
