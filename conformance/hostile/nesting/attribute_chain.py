# Deep nesting in source, compiled at run time: 10^5 chained attributes
source = "x = 1" + ".real" * 100000
print(len(source))
exec(source)
