data = b"abc" "def"
