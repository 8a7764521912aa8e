def check(n):
    if n > 0:
        return "positive"
  return "not positive"
