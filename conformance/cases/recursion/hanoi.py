# Towers of Hanoi recursively: move lists, move counts and a state check after each move.
def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src, moves)


moves = []
hanoi(3, "A", "C", "B", moves)
for disk, s, d in moves:
    print(f"move disk {disk} from {s} to {d}")
print(len(moves))
pegs = {"A": [4, 3, 2, 1], "B": [], "C": []}
all_moves = []
hanoi(4, "A", "C", "B", all_moves)
for disk, s, d in all_moves:
    moved = pegs[s].pop()
    assert moved == disk
    assert not pegs[d] or pegs[d][-1] > moved, "larger disk on smaller"
    pegs[d].append(moved)
print(pegs, len(all_moves))
print([len((lambda m: (hanoi(n, "A", "C", "B", m), m)[1])([])) for n in range(1, 11)])


def count_moves(n):
    return 0 if n == 0 else 2 * count_moves(n - 1) + 1


print(count_moves(20), 2**20 - 1)
