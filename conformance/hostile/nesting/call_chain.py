# Deep nesting in source, compiled at run time: 10^5 chained calls f()()()...
source = "f = lambda: f\nx = f" + "()" * 100000
print(len(source))
exec(source)
