# A name in an f-string field is NFKC-normalised like any other (PEP 3131),
# also when every other name of the file is ASCII: ﬁ (U+FB01) names fi.
fi = "normalised"
print(f"{ﬁ}")
print(f"{ﬁ!r:>14}|{len(ﬁ)}")
