base, flag = 2, True
result = base ** not flag
