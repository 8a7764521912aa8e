# A counter function that assigns to a global without declaring it: UnboundLocalError.
hits = 0
log = []


def record_ok(event):
    global hits
    hits += 1
    log.append(event)


def peek():
    return hits


for e in ["open", "read", "close"]:
    record_ok(e)
print(hits, log, peek())


def shadow():
    value = hits * 10
    return value


print(shadow())


def conditional(flag):
    if flag:
        result = "set"
    return result


print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def record_broken(event):
    log.append(event)
    hits += 1


record_broken("write")
