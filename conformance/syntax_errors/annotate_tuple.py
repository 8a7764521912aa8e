(low, high): int
