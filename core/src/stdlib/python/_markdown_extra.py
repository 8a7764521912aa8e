"""Python-Markdown's attr_list and def_list extensions (parts of `extra`), ported."""

import re
from _markdown_blocks import BlockProcessor, ListIndentProcessor, SubElement

_SCANNER_RULES = [
    (re.compile(r'[^ =}]+=".*?"'), lambda t: (t.split('=', 1)[0], t.split('=', 1)[1].strip('"'))),
    (re.compile(r"[^ =}]+='.*?'"), lambda t: (t.split('=', 1)[0], t.split('=', 1)[1].strip("'"))),
    (re.compile(r'[^ =}]+=[^ =}]+'), lambda t: tuple(t.split('=', 1))),
    (re.compile(r'[^ =}]+'), lambda t: ('.', t[1:]) if t.startswith('.') else
     (('id', t[1:]) if t.startswith('#') else (t, t))),
    (re.compile(r' '), None),
]


def get_attrs_and_remainder(attrs_string):
    """re.Scanner over the attribute list: [(key, value)] and the text after a stray `}`."""
    attrs = []
    pos = 0
    n = len(attrs_string)
    while pos < n:
        for pattern, action in _SCANNER_RULES:
            m = pattern.match(attrs_string, pos)
            if m:
                if action is not None:
                    attrs.append(action(m.group()))
                pos = m.end()
                break
        else:
            break
        if m.end() == m.start():
            break
    remainder = attrs_string[pos:]
    index = remainder.find('}')
    remainder = remainder[index:] if index != -1 else ''
    return attrs, remainder


def _isheader(elem):
    return elem.tag in ['h1', 'h2', 'h3', 'h4', 'h5', 'h6']


class AttrListTreeprocessor:
    BASE_RE = r'\{\:?[ ]*([^\}\n ][^\n]*)[ ]*\}'
    HEADER_RE = re.compile(r'[ ]+{}[ ]*$'.format(BASE_RE))
    BLOCK_RE = re.compile(r'\n[ ]*{}[ ]*$'.format(BASE_RE))
    INLINE_RE = re.compile(r'^{}'.format(BASE_RE))
    NAME_RE = re.compile(r'[^A-Z_a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff'
                         r'\u200c-\u200d\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf'
                         r'\ufdf0-\ufffd\:\-\.0-9\u00b7\u0300-\u036f\u203f-\u2040]+')

    def __init__(self, md):
        self.md = md

    def run(self, doc):
        for elem in list(doc.iter()):
            if self.md.is_block_level(elem.tag):
                self.block(elem)
            elif elem.tail:
                m = self.INLINE_RE.match(elem.tail)
                if m:
                    remainder = self.assign_attrs(elem, m.group(1))
                    elem.tail = elem.tail[m.end():] + remainder

    def block(self, elem):
        RE = self.BLOCK_RE
        if _isheader(elem) or elem.tag in ['dt', 'td', 'th']:
            RE = self.HEADER_RE
        if len(elem) and elem.tag == 'li':
            pos = None
            for i, child in enumerate(elem):
                if child.tag in ['ul', 'ol']:
                    pos = i
                    break
            if pos is None and elem[-1].tail:
                m = RE.search(elem[-1].tail)
                if m and not self.assign_attrs(elem, m.group(1), strict=True):
                    elem[-1].tail = elem[-1].tail[:m.start()]
            elif pos is not None and pos > 0 and elem[pos - 1].tail:
                m = RE.search(elem[pos - 1].tail)
                if m and not self.assign_attrs(elem, m.group(1), strict=True):
                    elem[pos - 1].tail = elem[pos - 1].tail[:m.start()]
            elif elem.text:
                m = RE.search(elem.text)
                if m and not self.assign_attrs(elem, m.group(1), strict=True):
                    elem.text = elem.text[:m.start()]
        elif len(elem) and elem[-1].tail:
            m = RE.search(elem[-1].tail)
            if m and not self.assign_attrs(elem, m.group(1), strict=True):
                elem[-1].tail = elem[-1].tail[:m.start()]
                if _isheader(elem):
                    elem[-1].tail = elem[-1].tail.rstrip('#').rstrip()
        elif elem.text:
            m = RE.search(elem.text)
            if m and not self.assign_attrs(elem, m.group(1), strict=True):
                elem.text = elem.text[:m.start()]
                if _isheader(elem):
                    elem.text = elem.text.rstrip('#').rstrip()

    def assign_attrs(self, elem, attrs_string, strict=False):
        attrs, remainder = get_attrs_and_remainder(attrs_string)
        if strict and remainder:
            return remainder
        for k, v in attrs:
            if k == '.':
                cls = elem.get('class')
                if cls:
                    elem.set('class', '{} {}'.format(cls, v))
                else:
                    elem.set('class', v)
            else:
                elem.set(self.NAME_RE.sub('_', k), v)
        return remainder


class DefListProcessor(BlockProcessor):
    RE = re.compile(r'(^|\n)[ ]{0,3}:[ ]{1,3}(.*?)(\n|$)')
    NO_INDENT_RE = re.compile(r'^[ ]{0,3}[^ :]')

    def test(self, parent, block):
        return bool(self.RE.search(block))

    def run(self, parent, blocks):
        raw_block = blocks.pop(0)
        m = self.RE.search(raw_block)
        terms = [term.strip() for term in raw_block[:m.start()].split('\n') if term.strip()]
        block = raw_block[m.end():]
        no_indent = self.NO_INDENT_RE.match(block)
        if no_indent:
            d, theRest = (block, None)
        else:
            d, theRest = self.detab(block)
        if d:
            d = '{}\n{}'.format(m.group(2), d)
        else:
            d = m.group(2)
        sibling = self.lastChild(parent)
        if not terms and sibling is None:
            blocks.insert(0, raw_block)
            return False
        if not terms and sibling.tag == 'p':
            state = 'looselist'
            terms = sibling.text.split('\n')
            parent.remove(sibling)
            sibling = self.lastChild(parent)
        else:
            state = 'list'
        if sibling is not None and sibling.tag == 'dl':
            dl = sibling
            if not terms and len(dl) and dl[-1].tag == 'dd' and len(dl[-1]):
                state = 'looselist'
        else:
            dl = SubElement(parent, 'dl')
        for term in terms:
            dt = SubElement(dl, 'dt')
            dt.text = term
        self.parser.state.set(state)
        dd = SubElement(dl, 'dd')
        self.parser.parseBlocks(dd, [d])
        self.parser.state.reset()
        if theRest:
            blocks.insert(0, theRest)


class DefListIndentProcessor(ListIndentProcessor):
    ITEM_TYPES = ['dd', 'li']
    LIST_TYPES = ['dl', 'ol', 'ul']

    def create_item(self, parent, block):
        dd = SubElement(parent, 'dd')
        self.parser.parseBlocks(dd, [block])


def add_def_list(parser):
    """Inserts the def_list processors at their priorities (85 and 25)."""
    procs = parser.blockprocessors
    from _markdown_blocks import CodeBlockProcessor, BlockQuoteProcessor
    i = next(k for k, p in enumerate(procs) if isinstance(p, CodeBlockProcessor))
    procs.insert(i, DefListIndentProcessor(parser))
    j = next(k for k, p in enumerate(procs) if isinstance(p, BlockQuoteProcessor))
    procs.insert(j, DefListProcessor(parser))
