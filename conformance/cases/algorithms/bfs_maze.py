# Breadth-first search through a text maze: shortest path length, the path drawn back onto the maze.
MAZE = """\
##########
#S...#...#
#.##.#.#.#
#.#..#.#.#
#.#.##.#.#
#...#..#E#
###...##.#
#...#....#
##########"""


def solve(maze_text):
    grid = [list(row) for row in maze_text.splitlines()]
    start = end = None
    for r, row in enumerate(grid):
        for c, ch in enumerate(row):
            if ch == "S":
                start = (r, c)
            elif ch == "E":
                end = (r, c)
    queue = [start]
    came_from = {start: None}
    head = 0
    while head < len(queue):
        cur = queue[head]
        head += 1
        if cur == end:
            break
        r, c = cur
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if grid[nr][nc] != "#" and (nr, nc) not in came_from:
                came_from[(nr, nc)] = cur
                queue.append((nr, nc))
    if end not in came_from:
        return None, grid, len(came_from)
    node = came_from[end]
    length = 1
    while node != start:
        grid[node[0]][node[1]] = "*"
        node = came_from[node]
        length += 1
    return length, grid, len(came_from)


length, grid, explored = solve(MAZE)
print("shortest path:", length, "explored:", explored)
print("\n".join("".join(row) for row in grid))
blocked = MAZE.replace("#.#E#", "###E#").replace("##.#\n#...", "####\n#...")
result = solve(blocked)
print("modified maze:", result[0], "explored:", result[2])
print(solve("###\n#S#\n###"))
