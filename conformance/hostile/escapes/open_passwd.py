# Reading host files by absolute path.
for path in ["/etc/passwd", "/proc/self/environ", "/proc/self/mem", "/dev/zero"]:
    try:
        with open(path, "rb") as f:
            print(path, "read", len(f.read()))
    except OSError as exc:
        print(path, type(exc).__name__)
open("/etc/passwd")
