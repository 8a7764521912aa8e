x = 5 print
