# Deep nesting in source, compiled at run time: 10^5 `not`
source = "x = " + "not " * 100000 + "1"
print(len(source))
exec(source)
