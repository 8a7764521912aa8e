# Help formatters: raw description, raw text, metavar types, defaults, and custom widths.
import argparse
import textwrap

desc = textwrap.dedent("""\
    Report generator.
        Indented lines stay as written
        with RawDescriptionHelpFormatter.
    """)
raw = argparse.ArgumentParser(prog="report", description=desc, formatter_class=argparse.RawDescriptionHelpFormatter)
raw.add_argument("--since", help="start date\n(YYYY-MM-DD)")
raw.print_help()
print("=" * 20)

text = argparse.ArgumentParser(prog="report2", formatter_class=argparse.RawTextHelpFormatter)
text.add_argument("--since", help="start date\n  (YYYY-MM-DD)\nkept verbatim")
text.print_help()
print("=" * 20)

typed = argparse.ArgumentParser(prog="calc", formatter_class=argparse.MetavarTypeHelpFormatter)
typed.add_argument("x", type=float)
typed.add_argument("--times", type=int, default=1)
typed.print_help()
print("=" * 20)

narrow = argparse.ArgumentParser(prog="narrow", description="A description long enough to need wrapping at a narrow width.",
                                 formatter_class=lambda prog: argparse.HelpFormatter(prog, width=40, max_help_position=12))
narrow.add_argument("--alpha-option", help="the first option has quite a long help text indeed")
narrow.add_argument("-b", metavar="BETA", help="short")
narrow.add_argument("items", nargs="+", help="things")
narrow.print_help()
print("=" * 20)

many = argparse.ArgumentParser(prog="many")
for i in range(12):
    many.add_argument(f"--option-number-{i}", metavar=f"VALUE{i}")
many.add_argument("first")
many.add_argument("rest", nargs="*")
many.print_usage()
print(many.format_help().count("\n"))
