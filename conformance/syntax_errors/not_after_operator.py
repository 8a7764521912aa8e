flag = True
result = 1 + not flag
