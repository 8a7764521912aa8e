# Network without a grant (urllib.request).
import urllib.request

urllib.request.urlopen("http://127.0.0.1:9/")
