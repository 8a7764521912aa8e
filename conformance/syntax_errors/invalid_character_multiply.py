area = 5 × 3
