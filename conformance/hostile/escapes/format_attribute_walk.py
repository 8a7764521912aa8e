# A format string that walks attributes: the same subclass list, reached through str.format.
text = "{0.__class__.__base__.__subclasses__}".format(())
print(text.startswith("<built-in method __subclasses__"))
leak = "{0.__init__.__globals__[sys]}".format(object())
