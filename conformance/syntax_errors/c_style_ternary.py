x = 3
label = x > 2 ? "big" : "small"
