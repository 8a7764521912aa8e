# Deep nesting in source, compiled at run time: a 10^5-operand comparison
source = "x = " + " < ".join(["1"] * 100000)
print(len(source))
exec(source)
