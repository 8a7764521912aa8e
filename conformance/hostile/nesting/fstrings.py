# Deep nesting in source, compiled at run time: nested f-strings
source = "x = " + "f\"{" * 200 + "1" + "}\"" * 200
print(len(source))
exec(source)
