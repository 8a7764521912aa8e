# A NUL byte to truncate a checked path ("data.txt\0../../outside/canary.txt").
open("data.txt\0/../../outside/canary.txt")
