# while True: pass, inside a try that catches everything.
try:
    while True:
        pass
except BaseException:
    print('caught')
