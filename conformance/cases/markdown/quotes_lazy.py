# Block quotes: lazy continuation, nesting, lists and code inside, quotes after paragraphs.
import markdown

docs = [
    "> first line\nlazy second line\n> third",
    "> outer\n>\n> > inner\n> > still inner\n>\n> back to outer",
    "Paragraph before\n> quote right after",
    "> - a list\n> - in a quote\n>\n>     code in quote",
    "> # Heading in quote\n> text *em*",
    ">no space after marker\n>    four spaces",
    "   > indented three\n    > indented four",
    "> one\n\n> two separate blocks",
    "> quote\n---\nafter rule",
    "> a [link](/x \"T\") and `code`",
]
for text in docs:
    print(markdown.markdown(text))
    print("~~")
