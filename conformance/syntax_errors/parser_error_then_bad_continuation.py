def scale(x):
    y = x +* 2 \ 3
    return y
