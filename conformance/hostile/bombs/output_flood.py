# print in a loop forever.
while True:
    print('spam' * 20)
