# platform: version strings a report header prints.
import platform
import sys

print(platform.python_version(), platform.python_version_tuple())
print(platform.python_version() == "%d.%d.%d" % sys.version_info[:3])
print(platform.python_implementation())
print(type(platform.system()).__name__, type(platform.machine()).__name__, type(platform.uname()).__name__)
print(len(platform.uname()), platform.uname().system == platform.system())
print(isinstance(platform.platform(), str), platform.architecture()[0] in ("64bit", "32bit"))
