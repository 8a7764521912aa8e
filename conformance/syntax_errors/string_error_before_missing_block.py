class Doc:
    """\U00000"""

def main():
    if True:
