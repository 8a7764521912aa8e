"""Non-ASCII identifiers and text: columns count UTF-8 bytes."""
café = "crème brûlée"
naïve_count = len(café) + 1
π = 3.14159
résumé = {"名前": "太郎", "emoji": "😀"}
print(f"{café} costs {π:.2f}€", résumé["名前"])
λ = lambda ω: ω ** 2
