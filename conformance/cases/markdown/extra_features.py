# The `extra` extension's attribute lists and definition lists in a glossary page.
import markdown

GLOSSARY = """# Glossary {: #glossary .page-title }

A short list of terms used in these docs.
{: .lead }

Interpreter
:   A program that runs other programs.
:   Here: pyex, written in Rust.

Sandbox
Jail

:   A place where code cannot touch the host.

    It has its own filesystem.

## Tables {: .section }

| Term | Kind {: .kind } |
|------|------|
| GIL  | lock |

- first item
- *styled*{: .hl } item
{: .items }
"""
print(markdown.markdown(GLOSSARY, extensions=["extra"]))
print("----")
print(markdown.markdown(GLOSSARY, extensions=["attr_list", "def_list", "toc"]))
print("----")
print(markdown.markdown(GLOSSARY))
