# The toc extension: heading ids, the [TOC] marker, Markdown.toc, duplicate headings.
import markdown

doc = """# Guide

[TOC]

## Install

### On Linux

### On macOS

## Usage

## Usage

# FAQ: what's *new*?
"""
md = markdown.Markdown(extensions=["toc"])
print(md.convert(doc))
print("----")
print(md.toc)
print("----")
md2 = markdown.Markdown(extensions=["toc"], extension_configs={"toc": {"title": "Contents", "separator": "_"}})
print(md2.convert("[TOC]\n\n# Hello World\n\n## Second Part"))
