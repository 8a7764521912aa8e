names = [print "x"]
