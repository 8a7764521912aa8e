# Deep nesting in source, compiled at run time: 10^5 unary minus
source = "x = " + "-" * 100000 + "1"
print(len(source))
exec(source)
