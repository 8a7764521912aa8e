# Catastrophic backtracking: (a+)+$ on 'aaa...ab'.
import re
print(re.match(r'(a+)+$', 'a' * 40 + 'b'))
