# Undo snapshots of a game state with copy.deepcopy, custom copies and memo sharing.
import copy
from collections import Counter, deque, namedtuple, OrderedDict, defaultdict
from dataclasses import dataclass, field

Pos = namedtuple("Pos", "x y")


@dataclass
class Player:
    name: str
    pos: Pos
    inventory: Counter = field(default_factory=Counter)
    trail: deque = field(default_factory=lambda: deque(maxlen=3))


@dataclass(frozen=True)
class Rules:
    max_hp: int = 10
    bonuses: tuple = (1, 2)


class Game:
    def __init__(self):
        self.players = [Player("ann", Pos(0, 0)), Player("bob", Pos(5, 5))]
        self.rules = Rules()
        self.log = OrderedDict()
        self.scores = defaultdict(int)
        self.undo = []

    def snapshot(self):
        self.undo.append(copy.deepcopy((self.players, self.scores)))

    def move(self, who, dx, dy):
        self.snapshot()
        p = self.players[who]
        p.trail.append(p.pos)
        p.pos = p.pos._replace(x=p.pos.x + dx, y=p.pos.y + dy)
        p.inventory["steps"] += 1
        self.scores[p.name] += abs(dx) + abs(dy)
        self.log[len(self.log)] = (p.name, dx, dy)

    def rollback(self):
        self.players, self.scores = self.undo.pop()


g = Game()
g.move(0, 1, 2)
g.move(0, 3, 0)
g.move(1, -1, -1)
print([(p.name, p.pos, dict(p.inventory), list(p.trail)) for p in g.players], dict(g.scores))
g.rollback()
print([(p.name, p.pos, dict(p.inventory)) for p in g.players], dict(g.scores), len(g.undo))
g.rollback()
print(g.players[0], type(g.scores).__name__, g.scores.default_factory is int)
r2 = copy.deepcopy(g.rules)
print(r2 == g.rules, r2 is g.rules, copy.copy(g.rules) == g.rules)
log2 = copy.copy(g.log)
log2[99] = "x"
print(len(g.log), len(log2), type(log2).__name__, list(log2)[:2])
d = copy.deepcopy(deque([[1], [2]], maxlen=5))
print(d, d.maxlen, copy.copy(Counter("aab")), copy.deepcopy(Pos(1, [2])))
shared = [1]
pair = {"a": shared, "b": shared}
memo = {}
c = copy.deepcopy(pair, memo)
print(c["a"] is c["b"], id(shared) in memo, copy.deepcopy(c) == pair)
