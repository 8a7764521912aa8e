options = {"sep": ","}
items = [1, 2]
print(**options, *items)
