def reset():
    count = 0
    global count
