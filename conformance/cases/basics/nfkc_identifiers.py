# Identifiers are NFKC-normalised (PEP 3131): ﬁ is fi, ℌ is H, Ｋ is K.
ﬁ = 1
print(fi)
ℌ = 2
print(H, ℌ)


class Ｋ:
    ﬁeld = 3


print(K.__name__, K.field, Ｋ.ﬁeld)
print(f"{ﬁ + H}")
