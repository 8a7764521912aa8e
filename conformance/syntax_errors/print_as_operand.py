flag = 1
if flag == print "yes":
    pass
