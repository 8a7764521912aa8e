# Network without a grant (http.client).
import http.client

http.client.HTTPConnection("127.0.0.1", 9).request("GET", "/")
