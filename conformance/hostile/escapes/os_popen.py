import os
with os.popen("cat /etc/passwd") as pipe:
    print(pipe.read())
