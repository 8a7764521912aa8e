def user_of(m):
    user = None if m["user"nonlocal x == "-" else m["user"]
    return user
