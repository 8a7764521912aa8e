"""Float-heavy Mandelbrot set: iteration counts over a 60x40 grid, ASCII art."""

W, H, MAX_ITER = 60, 30, 60
chars = " .:-=+*#%@"
total = 0
for y in range(H):
    ci = -1.2 + 2.4 * y / (H - 1)
    row = []
    for x in range(W):
        cr = -2.1 + 2.8 * x / (W - 1)
        zr = zi = 0.0
        n = 0
        while n < MAX_ITER and zr * zr + zi * zi <= 4.0:
            zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
            n += 1
        total += n
        row.append(chars[n * (len(chars) - 1) // MAX_ITER])
    if y % 3 == 0:
        print("".join(row).rstrip())
print("total iterations", total)
