# Deep nesting in source, compiled at run time: 10^5 nested conditional expressions
source = "x = " + "1 if 1 else " * 100000 + "1"
print(len(source))
exec(source)
