# removeprefix/removesuffix versus strip with character sets, for cleaning file names and URLs.
urls = ["https://example.com/a", "http://test.org", "ftp://files.net/x", "example.com"]
for u in urls:
    print(u.removeprefix("https://").removeprefix("http://"), u.startswith(("http://", "https://")))
files = ["report_final.txt", "data.csv.bak", "image.png", "notes.txt.txt"]
print([f.removesuffix(".txt") for f in files])
print([f.removesuffix(".bak") for f in files])
print("txt_report.txt".strip(".txt"), "txt_report.txt".removesuffix(".txt"))
print("aaabbbaaa".lstrip("a"), "aaabbbaaa".removeprefix("a"), "".removeprefix("x"), "abc".removeprefix(""))
branches = ["refs/heads/main", "refs/heads/feature/login", "refs/tags/v1.0", "main"]
for b in branches:
    if b.startswith("refs/heads/"):
        print("branch", b.removeprefix("refs/heads/"))
    elif b.startswith("refs/tags/"):
        print("tag", b.removeprefix("refs/tags/"))
    else:
        print("bare", b)
s = "Mr. Smith"
print(s.removeprefix("Mr. "), s.removeprefix("Mrs. "), s.removesuffix("th"), s.removesuffix("Smith").strip())
print("   ".strip() == "", "\u3000x\u3000".strip(), "\x0bx\x0c".strip())
