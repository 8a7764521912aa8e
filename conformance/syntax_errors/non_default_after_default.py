def connect(host="localhost", port):
    return host, port
