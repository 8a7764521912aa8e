# Deep nesting in source, compiled at run time: 10^5 nested lambdas
source = "f = " + "lambda: " * 100000 + "1"
print(len(source))
exec(source)
