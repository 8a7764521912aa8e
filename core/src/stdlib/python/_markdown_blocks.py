"""Python-Markdown's block parser and block processors (blockparser.py, blockprocessors.py,
extensions/tables.py of Python-Markdown 3.7), ported onto a small Element class."""

import re

BLOCK_LEVEL = frozenset([
    'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset',
    'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
    'hgroup', 'hr', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul',
    'canvas', 'colgroup', 'dd', 'body', 'dt', 'group', 'html', 'iframe', 'li', 'legend',
    'math', 'map', 'noscript', 'output', 'object', 'option', 'progress', 'script', 'style',
    'summary', 'tbody', 'td', 'textarea', 'tfoot', 'th', 'thead', 'tr', 'video'])


class AtomicString(str):
    """Text the inline processor leaves alone."""


class Element:
    """A minimal xml.etree Element: tag, attrib, text, tail, children."""

    def __init__(self, tag, attrib=None):
        self.tag = tag
        self.attrib = dict(attrib) if attrib else {}
        self.text = None
        self.tail = None
        self.children = []

    def __len__(self):
        return len(self.children)

    def __getitem__(self, i):
        return self.children[i]

    def __iter__(self):
        return iter(self.children)

    def append(self, child):
        self.children.append(child)

    def insert(self, i, child):
        self.children.insert(i, child)

    def remove(self, child):
        self.children.remove(child)

    def set(self, key, value):
        self.attrib[key] = value

    def get(self, key, default=None):
        return self.attrib.get(key, default)

    def iter(self, tag=None):
        if tag is None or self.tag == tag:
            yield self
        for c in self.children:
            yield from c.iter(tag)


def SubElement(parent, tag, attrib=None):
    el = Element(tag, attrib)
    parent.append(el)
    return el


def code_escape(text):
    if '&' in text:
        text = text.replace('&', '&amp;')
    if '<' in text:
        text = text.replace('<', '&lt;')
    if '>' in text:
        text = text.replace('>', '&gt;')
    return text


class State(list):
    def set(self, state):
        self.append(state)

    def reset(self):
        self.pop()

    def isstate(self, state):
        if len(self):
            return self[-1] == state
        return False


class BlockParser:
    """Runs the block processors over the blocks of a document."""

    def __init__(self, md):
        self.md = md
        self.state = State()
        self.blockprocessors = []

    def parseDocument(self, lines):
        root = Element('div')
        self.parseChunk(root, '\n'.join(lines))
        return root

    def parseChunk(self, parent, text):
        self.parseBlocks(parent, text.split('\n\n'))

    def parseBlocks(self, parent, blocks):
        while blocks:
            for processor in self.blockprocessors:
                if processor.test(parent, blocks[0]):
                    if processor.run(parent, blocks) is not False:
                        break


class BlockProcessor:
    def __init__(self, parser):
        self.parser = parser
        self.tab_length = parser.md.tab_length

    def lastChild(self, parent):
        if len(parent):
            return parent[-1]
        return None

    def detab(self, text, length=None):
        if length is None:
            length = self.tab_length
        newtext = []
        lines = text.split('\n')
        for line in lines:
            if line.startswith(' ' * length):
                newtext.append(line[length:])
            elif not line.strip():
                newtext.append('')
            else:
                break
        return '\n'.join(newtext), '\n'.join(lines[len(newtext):])

    def looseDetab(self, text, level=1):
        lines = text.split('\n')
        for i in range(len(lines)):
            if lines[i].startswith(' ' * self.tab_length * level):
                lines[i] = lines[i][self.tab_length * level:]
        return '\n'.join(lines)


class ListIndentProcessor(BlockProcessor):
    ITEM_TYPES = ['li']
    LIST_TYPES = ['ul', 'ol']

    def __init__(self, *args):
        super().__init__(*args)
        self.INDENT_RE = re.compile(r'^(([ ]{%s})+)' % self.tab_length)

    def test(self, parent, block):
        return block.startswith(' ' * self.tab_length) and \
            not self.parser.state.isstate('detabbed') and \
            (parent.tag in self.ITEM_TYPES or
                (len(parent) and parent[-1] is not None and
                    (parent[-1].tag in self.LIST_TYPES)))

    def run(self, parent, blocks):
        block = blocks.pop(0)
        level, sibling = self.get_level(parent, block)
        block = self.looseDetab(block, level)
        self.parser.state.set('detabbed')
        if parent.tag in self.ITEM_TYPES:
            if len(parent) and parent[-1].tag in self.LIST_TYPES:
                self.parser.parseBlocks(parent[-1], [block])
            else:
                self.parser.parseBlocks(parent, [block])
        elif sibling.tag in self.ITEM_TYPES:
            self.parser.parseBlocks(sibling, [block])
        elif len(sibling) and sibling[-1].tag in self.ITEM_TYPES:
            if sibling[-1].text:
                p = Element('p')
                p.text = sibling[-1].text
                sibling[-1].text = ''
                sibling[-1].insert(0, p)
            self.parser.parseChunk(sibling[-1], block)
        else:
            self.create_item(sibling, block)
        self.parser.state.reset()

    def create_item(self, parent, block):
        li = SubElement(parent, 'li')
        self.parser.parseBlocks(li, [block])

    def get_level(self, parent, block):
        m = self.INDENT_RE.match(block)
        if m:
            indent_level = len(m.group(1)) / self.tab_length
        else:
            indent_level = 0
        if self.parser.state.isstate('list'):
            level = 1
        else:
            level = 0
        while indent_level > level:
            child = self.lastChild(parent)
            if child is not None and (child.tag in self.LIST_TYPES or child.tag in self.ITEM_TYPES):
                if child.tag in self.LIST_TYPES:
                    level += 1
                parent = child
            else:
                break
        return level, parent


class CodeBlockProcessor(BlockProcessor):
    def test(self, parent, block):
        return block.startswith(' ' * self.tab_length)

    def run(self, parent, blocks):
        sibling = self.lastChild(parent)
        block = blocks.pop(0)
        theRest = ''
        if sibling is not None and sibling.tag == 'pre' and len(sibling) and sibling[0].tag == 'code':
            code = sibling[0]
            block, theRest = self.detab(block)
            code.text = AtomicString('{}\n{}\n'.format(code.text, code_escape(block.rstrip())))
        else:
            pre = SubElement(parent, 'pre')
            code = SubElement(pre, 'code')
            block, theRest = self.detab(block)
            code.text = AtomicString('%s\n' % code_escape(block.rstrip()))
        if theRest:
            blocks.insert(0, theRest)


class BlockQuoteProcessor(BlockProcessor):
    RE = re.compile(r'(^|\n)[ ]{0,3}>[ ]?(.*)')

    def test(self, parent, block):
        return bool(self.RE.search(block))

    def run(self, parent, blocks):
        block = blocks.pop(0)
        m = self.RE.search(block)
        if m:
            before = block[:m.start()]
            self.parser.parseBlocks(parent, [before])
            block = '\n'.join([self.clean(line) for line in block[m.start():].split('\n')])
        sibling = self.lastChild(parent)
        if sibling is not None and sibling.tag == 'blockquote':
            quote = sibling
        else:
            quote = SubElement(parent, 'blockquote')
        self.parser.state.set('blockquote')
        self.parser.parseChunk(quote, block)
        self.parser.state.reset()

    def clean(self, line):
        m = self.RE.match(line)
        if line.strip() == '>':
            return ''
        if m:
            return m.group(2)
        return line


class OListProcessor(BlockProcessor):
    TAG = 'ol'
    STARTSWITH = '1'
    LAZY_OL = True
    SIBLING_TAGS = ['ol', 'ul']

    def __init__(self, parser):
        super().__init__(parser)
        self.RE = re.compile(r'^[ ]{0,%d}\d+\.[ ]+(.*)' % (self.tab_length - 1))
        self.CHILD_RE = re.compile(r'^[ ]{0,%d}((\d+\.)|[*+-])[ ]+(.*)' % (self.tab_length - 1))
        self.INDENT_RE = re.compile(r'^[ ]{%d,%d}((\d+\.)|[*+-])[ ]+.*' %
                                    (self.tab_length, self.tab_length * 2 - 1))

    def test(self, parent, block):
        return bool(self.RE.match(block))

    def run(self, parent, blocks):
        items = self.get_items(blocks.pop(0))
        sibling = self.lastChild(parent)
        if sibling is not None and sibling.tag in self.SIBLING_TAGS:
            lst = sibling
            if lst[-1].text:
                p = Element('p')
                p.text = lst[-1].text
                lst[-1].text = ''
                lst[-1].insert(0, p)
            lch = self.lastChild(lst[-1])
            if lch is not None and lch.tail:
                p = SubElement(lst[-1], 'p')
                p.text = lch.tail.lstrip()
                lch.tail = ''
            li = SubElement(lst, 'li')
            self.parser.state.set('looselist')
            firstitem = items.pop(0)
            self.parser.parseBlocks(li, [firstitem])
            self.parser.state.reset()
        elif parent.tag in ['ol', 'ul']:
            lst = parent
        else:
            lst = SubElement(parent, self.TAG)
            if not self.LAZY_OL and self.STARTSWITH != '1':
                lst.attrib['start'] = self.STARTSWITH
        self.parser.state.set('list')
        for item in items:
            if item.startswith(' ' * self.tab_length):
                self.parser.parseBlocks(lst[-1], [item])
            else:
                li = SubElement(lst, 'li')
                self.parser.parseBlocks(li, [item])
        self.parser.state.reset()

    def get_items(self, block):
        items = []
        for line in block.split('\n'):
            m = self.CHILD_RE.match(line)
            if m:
                if not items and self.TAG == 'ol':
                    self.STARTSWITH = re.match(r'(\d+)', m.group(1)).group()
                items.append(m.group(3))
            elif self.INDENT_RE.match(line):
                if items[-1].startswith(' ' * self.tab_length):
                    items[-1] = '{}\n{}'.format(items[-1], line)
                else:
                    items.append(line)
            else:
                items[-1] = '{}\n{}'.format(items[-1], line)
        return items


class UListProcessor(OListProcessor):
    TAG = 'ul'

    def __init__(self, parser):
        super().__init__(parser)
        self.RE = re.compile(r'^[ ]{0,%d}[*+-][ ]+(.*)' % (self.tab_length - 1))


class HashHeaderProcessor(BlockProcessor):
    RE = re.compile(r'(?:^|\n)(?P<level>#{1,6})(?P<header>(?:\\.|[^\\])*?)#*(?:\n|$)')

    def test(self, parent, block):
        return bool(self.RE.search(block))

    def run(self, parent, blocks):
        block = blocks.pop(0)
        m = self.RE.search(block)
        before = block[:m.start()]
        after = block[m.end():]
        if before:
            self.parser.parseBlocks(parent, [before])
        h = SubElement(parent, 'h%d' % len(m.group('level')))
        h.text = m.group('header').strip()
        if after:
            if self.parser.state.isstate('looselist'):
                after = self.looseDetab(after)
            blocks.insert(0, after)


class SetextHeaderProcessor(BlockProcessor):
    RE = re.compile(r'^.*?\n[=-]+[ ]*(\n|$)', re.MULTILINE)

    def test(self, parent, block):
        return bool(self.RE.match(block))

    def run(self, parent, blocks):
        lines = blocks.pop(0).split('\n')
        level = 1 if lines[1].startswith('=') else 2
        h = SubElement(parent, 'h%d' % level)
        h.text = lines[0].strip()
        if len(lines) > 2:
            blocks.insert(0, '\n'.join(lines[2:]))


class HRProcessor(BlockProcessor):
    SEARCH_RE = re.compile(r'^[ ]{0,3}(?:(?:-+[ ]{0,2}){3,}|(?:_+[ ]{0,2}){3,}|(?:\*+[ ]{0,2}){3,})[ ]*$',
                           re.MULTILINE)

    def test(self, parent, block):
        m = self.SEARCH_RE.search(block)
        if m:
            self.match = m
            return True
        return False

    def run(self, parent, blocks):
        block = blocks.pop(0)
        match = self.match
        prelines = block[:match.start()].rstrip('\n')
        if prelines:
            self.parser.parseBlocks(parent, [prelines])
        SubElement(parent, 'hr')
        postlines = block[match.end():].lstrip('\n')
        if postlines:
            blocks.insert(0, postlines)


class EmptyBlockProcessor(BlockProcessor):
    def test(self, parent, block):
        return not block or block.startswith('\n')

    def run(self, parent, blocks):
        block = blocks.pop(0)
        filler = '\n\n'
        if block:
            filler = '\n'
            theRest = block[1:]
            if theRest:
                blocks.insert(0, theRest)
        sibling = self.lastChild(parent)
        if sibling is not None and sibling.tag == 'pre' and len(sibling) and sibling[0].tag == 'code':
            sibling[0].text = AtomicString('{}{}'.format(sibling[0].text, filler))


class ReferenceProcessor(BlockProcessor):
    RE = re.compile(r'^[ ]{0,3}\[([^\[\]]*)\]:[ ]*\n?[ ]*([^\s]+)[ ]*(?:\n[ ]*)?((["\'])(.*)\4[ ]*|\((.*)\)[ ]*)?$',
                    re.MULTILINE)

    def test(self, parent, block):
        return True

    def run(self, parent, blocks):
        block = blocks.pop(0)
        m = self.RE.search(block)
        if m:
            id = m.group(1).strip().lower()
            link = m.group(2).lstrip('<').rstrip('>')
            title = m.group(5) or m.group(6)
            self.parser.md.references[id] = (link, title)
            if block[m.end():].strip():
                blocks.insert(0, block[m.end():].lstrip('\n'))
            if block[:m.start()].strip():
                blocks.insert(0, block[:m.start()].rstrip('\n'))
            return True
        blocks.insert(0, block)
        return False


class ParagraphProcessor(BlockProcessor):
    def test(self, parent, block):
        return True

    def run(self, parent, blocks):
        block = blocks.pop(0)
        if block.strip():
            if self.parser.state.isstate('list'):
                sibling = self.lastChild(parent)
                if sibling is not None:
                    if sibling.tail:
                        sibling.tail = '{}\n{}'.format(sibling.tail, block)
                    else:
                        sibling.tail = '\n%s' % block
                else:
                    if parent.text:
                        parent.text = '{}\n{}'.format(parent.text, block)
                    else:
                        parent.text = block.lstrip()
            else:
                p = SubElement(parent, 'p')
                p.text = block.lstrip()


PIPE_NONE = 0
PIPE_LEFT = 1
PIPE_RIGHT = 2


class TableProcessor(BlockProcessor):
    """The `tables` extension."""

    RE_CODE_PIPES = re.compile(r'(?:(\\\\)|(\\`+)|(`+)|(\\\|)|(\|))')
    RE_END_BORDER = re.compile(r'(?<!\\)(?:\\\\)*\|$')

    def __init__(self, parser, config):
        self.border = False
        self.separator = ''
        self.config = config
        super().__init__(parser)

    def test(self, parent, block):
        is_table = False
        rows = [row.strip(' ') for row in block.split('\n')]
        if len(rows) > 1:
            header0 = rows[0]
            self.border = PIPE_NONE
            if header0.startswith('|'):
                self.border |= PIPE_LEFT
            if self.RE_END_BORDER.search(header0) is not None:
                self.border |= PIPE_RIGHT
            row = self._split_row(header0)
            row0_len = len(row)
            is_table = row0_len > 1
            if not is_table and row0_len == 1 and self.border:
                for index in range(1, len(rows)):
                    is_table = rows[index].startswith('|')
                    if not is_table:
                        is_table = self.RE_END_BORDER.search(rows[index]) is not None
                    if not is_table:
                        break
            if is_table:
                row = self._split_row(rows[1])
                is_table = (len(row) == row0_len) and set(''.join(row)) <= set('|:- ')
                if is_table:
                    self.separator = row
        return is_table

    def run(self, parent, blocks):
        block = blocks.pop(0).split('\n')
        header = block[0].strip(' ')
        rows = [] if len(block) < 3 else block[2:]
        align = []
        for c in self.separator:
            c = c.strip(' ')
            if c.startswith(':') and c.endswith(':'):
                align.append('center')
            elif c.startswith(':'):
                align.append('left')
            elif c.endswith(':'):
                align.append('right')
            else:
                align.append(None)
        table = SubElement(parent, 'table')
        thead = SubElement(table, 'thead')
        self._build_row(header, thead, align)
        tbody = SubElement(table, 'tbody')
        if len(rows) == 0:
            tr = SubElement(tbody, 'tr')
            for _ in align:
                SubElement(tr, 'td')
        else:
            for row in rows:
                self._build_row(row.strip(' '), tbody, align)

    def _build_row(self, row, parent, align):
        tr = SubElement(parent, 'tr')
        tag = 'th' if parent.tag == 'thead' else 'td'
        cells = self._split_row(row)
        for i, a in enumerate(align):
            c = SubElement(tr, tag)
            try:
                c.text = cells[i].strip(' ')
            except IndexError:
                c.text = ''
            if a:
                if self.config.get('use_align_attribute'):
                    c.set('align', a)
                else:
                    c.set('style', f'text-align: {a};')

    def _split_row(self, row):
        if self.border:
            if row.startswith('|'):
                row = row[1:]
            row = self.RE_END_BORDER.sub('', row)
        return self._split(row)

    def _split(self, row):
        elements = []
        pipes = []
        tics = []
        tic_points = []
        tic_region = []
        good_pipes = []
        for m in self.RE_CODE_PIPES.finditer(row):
            if m.group(2):
                tics.append(len(m.group(2)) - 1)
                tic_points.append((m.start(2), m.end(2) - 1, 1))
            elif m.group(3):
                tics.append(len(m.group(3)))
                tic_points.append((m.start(3), m.end(3) - 1, 0))
            elif m.group(5):
                pipes.append(m.start(5))
        pos = 0
        tic_len = len(tics)
        while pos < tic_len:
            try:
                tic_size = tics[pos] - tic_points[pos][2]
                if tic_size == 0:
                    raise ValueError
                index = tics[pos + 1:].index(tic_size) + 1
                tic_region.append((tic_points[pos][0], tic_points[pos + index][1]))
                pos += index + 1
            except ValueError:
                pos += 1
        for pipe in pipes:
            throw_out = False
            for region in tic_region:
                if pipe < region[0]:
                    break
                elif region[0] <= pipe <= region[1]:
                    throw_out = True
                    break
            if not throw_out:
                good_pipes.append(pipe)
        pos = 0
        for pipe in good_pipes:
            elements.append(row[pos:pipe])
            pos = pipe + 1
        elements.append(row[pos:])
        return elements


def build_block_parser(md, tables):
    parser = BlockParser(md)
    procs = [EmptyBlockProcessor(parser), ListIndentProcessor(parser), CodeBlockProcessor(parser)]
    if tables is not None:
        procs.append(TableProcessor(parser, tables))
    procs += [HashHeaderProcessor(parser), SetextHeaderProcessor(parser), HRProcessor(parser),
              OListProcessor(parser), UListProcessor(parser), BlockQuoteProcessor(parser),
              ReferenceProcessor(parser), ParagraphProcessor(parser)]
    parser.blockprocessors = procs
    return parser
