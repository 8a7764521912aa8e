# Merging a config dict with command-line overrides; parent parsers shared between tools.
import argparse
import json

CONFIG = {"host": "localhost", "port": 8080, "debug": False, "workers": 4}

common = argparse.ArgumentParser(add_help=False)
common.add_argument("--config-json", help="JSON with settings")
common.add_argument("--debug", action="store_true", default=None)

server = argparse.ArgumentParser(prog="serve", parents=[common], description="Run the server.")
server.add_argument("--host")
server.add_argument("--port", type=int)
server.add_argument("--workers", type=int)

def settings(argv):
    args = server.parse_args(argv)
    merged = dict(CONFIG)
    if args.config_json:
        merged.update(json.loads(args.config_json))
    for key in ("host", "port", "debug", "workers"):
        value = getattr(args, key)
        if value is not None:
            merged[key] = value
    return merged

print(settings([]))
print(settings(["--port", "9000", "--debug"]))
print(settings(["--config-json", '{"host": "0.0.0.0", "workers": 8}', "--workers", "2"]))
server.print_help()

worker = argparse.ArgumentParser(prog="worker", parents=[common], conflict_handler="resolve")
worker.add_argument("--debug", action="count", default=0, help="debug level")
print(worker.parse_args(["--debug", "--debug"]))
worker.print_usage()

try:
    bad = argparse.ArgumentParser(prog="dup")
    bad.add_argument("--x")
    bad.add_argument("--x")
except argparse.ArgumentError as e:
    print("ArgumentError:", e)
try:
    argparse.ArgumentParser().add_argument("--y", action="explode")
except ValueError as e:
    print("ValueError:", e)
try:
    argparse.ArgumentParser().add_argument("z", required=True)
except TypeError as e:
    print("TypeError:", e)
