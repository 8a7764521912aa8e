"""Python-Markdown's inline patterns and InlineProcessor (inlinepatterns.py,
treeprocessors.py of Python-Markdown 3.7), ported onto _markdown_blocks.Element."""

import re
from _markdown_blocks import Element, AtomicString, code_escape

STX = '\x02'
ETX = '\x03'
INLINE_PLACEHOLDER_RE = re.compile('\x02klzzwxh:(\\d+)\x03')
AMP_SUBSTITUTE = '\x02amp\x03'
ESCAPED_CHARS = ['\\', '`', '*', '_', '{', '}', '[', ']', '(', ')', '>', '#', '+', '-', '.', '!']

NOIMG = r'(?<!\!)'
BACKTICK_RE = r'(?:(?<!\\)((?:\\{2})+)(?=`+)|(?<!\\)(`+)(.+?)(?<!`)\2(?!`))'
ESCAPE_RE = r'\\(.)'
EMPHASIS_RE = r'(\*)([^\*]+)\1'
STRONG_RE = r'(\*{2})(.+?)\1'
SMART_STRONG_RE = r'(?<!\w)(_{2})(?!_)(.+?)(?<!_)\1(?!\w)'
SMART_EMPHASIS_RE = r'(?<!\w)(_)(?!_)(.+?)(?<!_)\1(?!\w)'
SMART_STRONG_EM_RE = r'(?<!\w)(\_)\1(?!\1)(.+?)(?<!\w)\1(?!\1)(.+?)\1{3}(?!\w)'
EM_STRONG_RE = r'(\*)\1{2}(.+?)\1(.*?)\1{2}'
EM_STRONG2_RE = r'(_)\1{2}(.+?)\1(.*?)\1{2}'
STRONG_EM_RE = r'(\*)\1{2}(.+?)\1{2}(.*?)\1'
STRONG_EM2_RE = r'(_)\1{2}(.+?)\1{2}(.*?)\1'
STRONG_EM3_RE = r'(\*)\1(?!\1)([^*]+?)\1(?!\1)(.+?)\1{3}'
LINK_RE = NOIMG + r'\['
IMAGE_LINK_RE = r'\!\['
NOT_STRONG_RE = r'((^|(?<=\s))(\*{1,3}|_{1,3})(?=\s|$))'
AUTOLINK_RE = r'<((?:[Ff]|[Hh][Tt])[Tt][Pp][Ss]?://[^<>]*)>'
AUTOMAIL_RE = r'<([^<> !]+@[^@<> ]+)>'
HTML_RE = r'(<(\/?[a-zA-Z][^<>@ ]*( [^<>]*)?|!--(?:(?!<!--|-->).)*--)>)'
ENTITY_RE = r'(&(?:\#[0-9]+|\#x[0-9a-fA-F]+|[a-zA-Z0-9]+);)'
LINE_BREAK_RE = r'  \n'
_UNESCAPE_RE = re.compile('\x02(\\d+)\x03')


def dequote(string):
    if (string.startswith('"') and string.endswith('"')) or (string.startswith("'") and string.endswith("'")):
        return string[1:-1]
    return string


class InlineProcessor:
    """A pattern: compiled_re, handleMatch(m, data) -> (node, start, end)."""

    def __init__(self, pattern, md=None):
        self.compiled_re = re.compile(pattern, re.DOTALL)
        self.md = md

    def unescape(self, text):
        stash = self.md.treeprocessor.stashed_nodes

        def get_stash(m):
            value = stash.get(m.group(1))
            if isinstance(value, str):
                return value
            return ''.join(_itertext(value))
        return INLINE_PLACEHOLDER_RE.sub(get_stash, text)


def _itertext(el):
    if el.text:
        yield el.text
    for c in el:
        yield from _itertext(c)
        if c.tail:
            yield c.tail


class BacktickInlineProcessor(InlineProcessor):
    def handleMatch(self, m, data):
        if m.group(3):
            el = Element('code')
            el.text = AtomicString(code_escape(m.group(3).strip()))
            return el, m.start(0), m.end(0)
        return m.group(1).replace('\\\\', '%s%s%s' % (STX, ord('\\'), ETX)), m.start(0), m.end(0)


class EscapeInlineProcessor(InlineProcessor):
    def handleMatch(self, m, data):
        char = m.group(1)
        if char in ESCAPED_CHARS:
            return '{}{}{}'.format(STX, ord(char), ETX), m.start(0), m.end(0)
        return None, m.start(0), m.end(0)


class SimpleTextInlineProcessor(InlineProcessor):
    def handleMatch(self, m, data):
        return m.group(1), m.start(0), m.end(0)


class SubstituteTagInlineProcessor(InlineProcessor):
    def __init__(self, pattern, tag):
        super().__init__(pattern)
        self.tag = tag

    def handleMatch(self, m, data):
        return Element(self.tag), m.start(0), m.end(0)


class HtmlInlineProcessor(InlineProcessor):
    def handleMatch(self, m, data):
        rawhtml = self.backslash_unescape(self.unescape(m.group(1)))
        place_holder = self.md.htmlStash.store(rawhtml)
        return place_holder, m.start(0), m.end(0)

    def backslash_unescape(self, text):
        return _UNESCAPE_RE.sub(lambda m: chr(int(m.group(1))), text)


class LinkInlineProcessor(InlineProcessor):
    RE_LINK = re.compile(r'''\(\s*(?:(<[^<>]*>)\s*(?:('[^']*'|"[^"]*")\s*)?\))?''', re.DOTALL)
    RE_TITLE_CLEAN = re.compile(r'\s')

    def handleMatch(self, m, data):
        text, index, handled = self.getText(data, m.end(0))
        if not handled:
            return None, None, None
        href, title, index, handled = self.getLink(data, index)
        if not handled:
            return None, None, None
        el = Element('a')
        el.text = text
        el.set('href', href)
        if title is not None:
            el.set('title', title)
        return el, m.start(0), index

    def getLink(self, data, index):
        href = ''
        title = None
        handled = False
        m = self.RE_LINK.match(data, pos=index)
        if m and m.group(1):
            href = m.group(1)[1:-1].strip()
            if m.group(2):
                title = m.group(2)[1:-1]
            index = m.end(0)
            handled = True
        elif m:
            href, title, index, handled = _scan_link(data, m.end())
        if title is not None:
            title = self.RE_TITLE_CLEAN.sub(' ', dequote(self.unescape(title.strip())))
        href = self.unescape(href).strip()
        return href, title, index, handled

    def getText(self, data, index):
        bracket_count = 1
        text = []
        for pos in range(index, len(data)):
            c = data[pos]
            if c == ']':
                bracket_count -= 1
            elif c == '[':
                bracket_count += 1
            index += 1
            if bracket_count == 0:
                break
            text.append(c)
        return ''.join(text), index, bracket_count == 0


def _scan_link(data, start_index):
    """LinkInlineProcessor.getLink's bracket/quote scanner (for `(url "title")`)."""
    bracket_count = 1
    backtrack_count = 1
    index = start_index
    last_bracket = -1
    quote = None
    start_quote = -1
    exit_quote = -1
    ignore_matches = False
    alt_quote = None
    start_alt_quote = -1
    exit_alt_quote = -1
    last = ''
    href = ''
    title = None
    for pos in range(index, len(data)):
        c = data[pos]
        if c == '(':
            if not ignore_matches:
                bracket_count += 1
            elif backtrack_count > 0:
                backtrack_count -= 1
        elif c == ')':
            if (exit_quote != -1 and quote == last) or (exit_alt_quote != -1 and alt_quote == last):
                bracket_count = 0
            elif not ignore_matches:
                bracket_count -= 1
            elif backtrack_count > 0:
                backtrack_count -= 1
                if backtrack_count == 0:
                    last_bracket = index + 1
        elif c in ("'", '"'):
            if not quote:
                ignore_matches = True
                backtrack_count = bracket_count
                bracket_count = 1
                start_quote = index + 1
                quote = c
            elif c != quote and not alt_quote:
                start_alt_quote = index + 1
                alt_quote = c
            elif c == quote:
                exit_quote = index + 1
            elif alt_quote and c == alt_quote:
                exit_alt_quote = index + 1
        index += 1
        if bracket_count == 0:
            if exit_quote >= 0 and quote == last:
                href = data[start_index:start_quote - 1]
                title = ''.join(data[start_quote:exit_quote - 1])
            elif exit_alt_quote >= 0 and alt_quote == last:
                href = data[start_index:start_alt_quote - 1]
                title = ''.join(data[start_alt_quote:exit_alt_quote - 1])
            else:
                href = data[start_index:index - 1]
            break
        if c != ' ':
            last = c
    if bracket_count != 0 and backtrack_count == 0:
        href = data[start_index:last_bracket - 1]
        index = last_bracket
        bracket_count = 0
    return href, title, index, bracket_count == 0


class ImageInlineProcessor(LinkInlineProcessor):
    def handleMatch(self, m, data):
        text, index, handled = self.getText(data, m.end(0))
        if not handled:
            return None, None, None
        src, title, index, handled = self.getLink(data, index)
        if not handled:
            return None, None, None
        el = Element('img')
        el.set('src', src)
        if title is not None:
            el.set('title', title)
        el.set('alt', self.unescape(text))
        return el, m.start(0), index


class ReferenceInlineProcessor(LinkInlineProcessor):
    NEWLINE_CLEANUP_RE = re.compile(r'\s+', re.MULTILINE)
    RE_LINK = re.compile(r'\s?\[([^\]]*)\]', re.DOTALL)

    def handleMatch(self, m, data):
        text, index, handled = self.getText(data, m.end(0))
        if not handled:
            return None, None, None
        id, end, handled = self.evalId(data, index, text)
        if not handled:
            return None, None, None
        id = self.NEWLINE_CLEANUP_RE.sub(' ', id)
        if id not in self.md.references:
            return None, m.start(0), end
        href, title = self.md.references[id]
        return self.makeTag(href, title, text), m.start(0), end

    def evalId(self, data, index, text):
        m = self.RE_LINK.match(data, pos=index)
        if not m:
            return None, index, False
        id = m.group(1).lower()
        end = m.end(0)
        if not id:
            id = text.lower()
        return id, end, True

    def makeTag(self, href, title, text):
        el = Element('a')
        el.set('href', href)
        if title:
            el.set('title', title)
        el.text = text
        return el


class ShortReferenceInlineProcessor(ReferenceInlineProcessor):
    def evalId(self, data, index, text):
        return text.lower(), index, True


class ImageReferenceInlineProcessor(ReferenceInlineProcessor):
    def makeTag(self, href, title, text):
        el = Element('img')
        el.set('src', href)
        if title:
            el.set('title', title)
        el.set('alt', self.unescape(text))
        return el


class ShortImageReferenceInlineProcessor(ImageReferenceInlineProcessor):
    def evalId(self, data, index, text):
        return text.lower(), index, True


class AutolinkInlineProcessor(InlineProcessor):
    def handleMatch(self, m, data):
        el = Element('a')
        el.set('href', self.unescape(m.group(1)))
        el.text = AtomicString(m.group(1))
        return el, m.start(0), m.end(0)


class AutomailInlineProcessor(InlineProcessor):
    def handleMatch(self, m, data):
        from html import entities
        el = Element('a')
        email = self.unescape(m.group(1))
        if email.startswith('mailto:'):
            email = email[len('mailto:'):]

        def codepoint2name(code):
            entity = entities.codepoint2name.get(code)
            if entity:
                return '{}{};'.format(AMP_SUBSTITUTE, entity)
            return '%s#%d;' % (AMP_SUBSTITUTE, code)
        el.text = AtomicString(''.join([codepoint2name(ord(c)) for c in email]))
        mailto = 'mailto:' + email
        el.set('href', ''.join([AMP_SUBSTITUTE + '#%d;' % ord(c) for c in mailto]))
        return el, m.start(0), m.end(0)


class AsteriskProcessor(InlineProcessor):
    PATTERN_DEFS = [(EM_STRONG_RE, 'double', 'strong,em'), (STRONG_EM_RE, 'double', 'em,strong'),
                    (STRONG_EM3_RE, 'double2', 'strong,em'), (STRONG_RE, 'single', 'strong'),
                    (EMPHASIS_RE, 'single', 'em')]

    def __init__(self, pattern, md=None):
        super().__init__(pattern, md)
        self.PATTERNS = [(re.compile(p, re.DOTALL), b, t) for p, b, t in self.PATTERN_DEFS]

    def build_single(self, m, tag, idx):
        el1 = Element(tag)
        self.parse_sub_patterns(m.group(2), el1, None, idx)
        return el1

    def build_double(self, m, tags, idx):
        tag1, tag2 = tags.split(',')
        el1 = Element(tag1)
        el2 = Element(tag2)
        self.parse_sub_patterns(m.group(2), el2, None, idx)
        el1.append(el2)
        if len(m.groups()) == 3:
            self.parse_sub_patterns(m.group(3), el1, el2, idx)
        return el1

    def build_double2(self, m, tags, idx):
        tag1, tag2 = tags.split(',')
        el1 = Element(tag1)
        el2 = Element(tag2)
        self.parse_sub_patterns(m.group(2), el1, None, idx)
        el1.append(el2)
        self.parse_sub_patterns(m.group(3), el2, None, idx)
        return el1

    def parse_sub_patterns(self, data, parent, last, idx):
        offset = 0
        pos = 0
        length = len(data)
        while pos < length:
            if self.compiled_re.match(data, pos):
                matched = False
                for index, (pattern, builder, tags) in enumerate(self.PATTERNS):
                    if index <= idx:
                        continue
                    m = pattern.match(data, pos)
                    if m:
                        text = data[offset:m.start(0)]
                        if text:
                            if last is not None:
                                last.tail = text
                            else:
                                parent.text = text
                        el = self.build_element(m, builder, tags, index)
                        parent.append(el)
                        last = el
                        offset = pos = m.end(0)
                        matched = True
                if not matched:
                    pos += 1
            else:
                pos += 1
        text = data[offset:]
        if text:
            if last is not None:
                last.tail = text
            else:
                parent.text = text

    def build_element(self, m, builder, tags, index):
        if builder == 'double2':
            return self.build_double2(m, tags, index)
        if builder == 'double':
            return self.build_double(m, tags, index)
        return self.build_single(m, tags, index)

    def handleMatch(self, m, data):
        for index, (pattern, builder, tags) in enumerate(self.PATTERNS):
            m1 = pattern.match(data, m.start(0))
            if m1:
                return self.build_element(m1, builder, tags, index), m1.start(0), m1.end(0)
        return None, None, None


class UnderscoreProcessor(AsteriskProcessor):
    PATTERN_DEFS = [(EM_STRONG2_RE, 'double', 'strong,em'), (STRONG_EM2_RE, 'double', 'em,strong'),
                    (SMART_STRONG_EM_RE, 'double2', 'strong,em'), (SMART_STRONG_RE, 'single', 'strong'),
                    (SMART_EMPHASIS_RE, 'single', 'em')]


def build_inlinepatterns(md):
    return [
        BacktickInlineProcessor(BACKTICK_RE, md), EscapeInlineProcessor(ESCAPE_RE, md),
        ReferenceInlineProcessor(LINK_RE, md), LinkInlineProcessor(LINK_RE, md),
        ImageInlineProcessor(IMAGE_LINK_RE, md), ImageReferenceInlineProcessor(IMAGE_LINK_RE, md),
        ShortReferenceInlineProcessor(LINK_RE, md), ShortImageReferenceInlineProcessor(IMAGE_LINK_RE, md),
        AutolinkInlineProcessor(AUTOLINK_RE, md), AutomailInlineProcessor(AUTOMAIL_RE, md),
        SubstituteTagInlineProcessor(LINE_BREAK_RE, 'br'), HtmlInlineProcessor(HTML_RE, md),
        HtmlInlineProcessor(ENTITY_RE, md), SimpleTextInlineProcessor(NOT_STRONG_RE, md),
        AsteriskProcessor(r'\*', md), UnderscoreProcessor(r'_', md),
    ]


class InlineTreeprocessor:
    """Runs the inline patterns over the text of every element (placeholders for matches)."""

    def __init__(self, md):
        self.md = md
        self.patterns = md.inlinePatterns
        self.stashed_nodes = {}
        self.counter = 0

    def stash(self, node):
        key = str(self.counter)
        self.counter += 1
        self.stashed_nodes[key] = node
        return '\x02klzzwxh:%s\x03' % key

    def handle_inline(self, data, pattern_index=0):
        n = len(self.patterns)
        while pattern_index < n:
            start = 0
            while True:
                data, matched, start = self.apply_pattern(self.patterns[pattern_index], data,
                                                          pattern_index, start)
                if not matched:
                    break
            pattern_index += 1
        return data

    def apply_pattern(self, pattern, data, pattern_index, start_index):
        found = None
        for match in pattern.compiled_re.finditer(data, start_index):
            node, start, end = pattern.handleMatch(match, data)
            if start is None or end is None:
                continue
            found = match
            break
        if found is None:
            return data, False, 0
        if node is None:
            return data, True, end
        if not isinstance(node, str):
            if not isinstance(node.text, AtomicString):
                for child in [node] + list(node):
                    if child.text:
                        child.text = self.handle_inline(child.text, pattern_index + 1)
                    if child.tail:
                        child.tail = self.handle_inline(child.tail, pattern_index)
        placeholder = self.stash(node)
        return '{}{}{}'.format(data[:start], placeholder, data[end:]), True, 0

    def resolve(self, text, parent, last):
        """Turns `text` (with placeholders) into parent.text / children with tails."""
        pos = 0
        for m in INLINE_PLACEHOLDER_RE.finditer(text):
            before = text[pos:m.start()]
            if before:
                last = self.add_text(parent, last, before)
            node = self.stashed_nodes.get(m.group(1))
            if isinstance(node, str):
                last = self.add_text(parent, last, node)
            elif node is not None:
                self.resolve_element(node)
                parent.append(node)
                last = node
            pos = m.end()
        rest = text[pos:]
        if rest:
            last = self.add_text(parent, last, rest)
        return last

    def add_text(self, parent, last, text):
        if INLINE_PLACEHOLDER_RE.search(text):
            return self.resolve(text, parent, last)
        if last is not None:
            last.tail = (last.tail or '') + text
        else:
            parent.text = (parent.text or '') + text
        return last

    def resolve_element(self, el):
        """Resolves placeholders left in an element built by a pattern (its text, its children's tails)."""
        children = list(el.children)
        el.children = []
        text = el.text
        el.text = None
        last = None
        if text:
            if isinstance(text, AtomicString):
                el.text = text
            else:
                last = self.resolve(text, el, None)
        for c in children:
            tail = c.tail
            c.tail = None
            self.resolve_element(c)
            el.append(c)
            last = c
            if tail:
                last = self.resolve(tail, el, last)

    def run(self, root):
        self.stashed_nodes = {}
        self.counter = 0
        self.process(root)

    def process(self, el):
        children = list(el.children)
        if el.text and not isinstance(el.text, AtomicString):
            text = el.text
            el.text = None
            el.children = []
            last = self.resolve(self.handle_inline(text), el, None)
        else:
            el.children = []
            last = None
        for c in children:
            self.process(c)
            el.append(c)
            last = c
            tail = c.tail
            if tail and not isinstance(tail, AtomicString) and el.tag != 'pre':
                c.tail = None
                last = self.resolve(self.handle_inline(tail), el, c)
