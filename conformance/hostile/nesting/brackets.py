# Deep nesting in source, compiled at run time: 10^5 brackets
source = "x = " + "[" * 100000 + "]" * 100000
print(len(source))
exec(source)
