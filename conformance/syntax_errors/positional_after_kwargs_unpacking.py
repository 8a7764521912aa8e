options = {"sep": ","}
print(**options, "x")
