# Converting a typical project README.
import markdown

README = """# pyex

A **Python 3.11** interpreter written in *Rust*, for running
untrusted programs in a sandbox.

## Features

- Fast startup (see [benchmarks](https://example.org/bench "Benchmarks"))
- An in-memory filesystem
- Snapshots of a running program

## Install

    cargo install pyex
    pyex --help

Then run `pyex main.py`.

## License

MIT &copy; 2024 -- see LICENSE for details. Use it at your own risk & have fun.
"""
html = markdown.markdown(README)
print(html)
print(len(html.splitlines()), "lines")
print(markdown.markdown(""))
print(repr(markdown.markdown("   \n\n  ")))
print(markdown.markdown("Just one line"))
