# Backreference blow-up: (x+x+)+y on x*5000.
import re
print(re.search(r'(x+x+)+y', 'x' * 5000))
