"""Python-Markdown's raw HTML block extraction (htmlparser.py's HTMLExtractor, reduced to
block-level tags and comments at a line start) and the `toc` extension (extensions/toc.py)."""

import re
from _markdown_blocks import Element, SubElement, BLOCK_LEVEL

_START = re.compile(r'^[ ]{0,3}(<)(?:(!--)|([a-zA-Z][a-zA-Z0-9-]*)(?=[\s/>]))', re.M)
_BLANK_LINE = re.compile(r'^([ ]*\n){2}')
_EMPTY = frozenset(['area', 'base', 'basefont', 'br', 'col', 'frame', 'hr', 'img', 'input',
                    'isindex', 'link', 'meta', 'param', 'embed', 'source', 'track', 'wbr'])


def _matching_end(text, tag, pos):
    """The index just past the `</tag>` closing the element opened before `pos`."""
    pattern = re.compile(r'<(/?)%s(?=[\s/>])[^>]*>' % re.escape(tag), re.I)
    depth = 1
    for m in pattern.finditer(text, pos):
        if m.group(1):
            depth -= 1
            if depth == 0:
                return m.end()
        elif not m.group(0).endswith('/>'):
            depth += 1
    return len(text)


def extract_html_blocks(md, lines):
    text = '\n'.join(lines)
    if '<' not in text:
        return lines
    out = []
    pos = 0
    while True:
        m = _START.search(text, pos)
        if m is None:
            break
        start = m.start(1)
        if m.group(2):
            end = text.find('-->', m.end())
            if end < 0:
                break
            end += 3
            empty = True
        else:
            tag = m.group(3).lower()
            if tag not in BLOCK_LEVEL and tag not in ('hr',):
                pos = m.end()
                continue
            close = text.find('>', m.end())
            if close < 0:
                break
            if tag in _EMPTY or text[close - 1] == '/':
                end = close + 1
                empty = True
            else:
                end = _matching_end(text, tag, close + 1)
                empty = False
        raw = text[start:end]
        if _BLANK_LINE.match(text[end:]):
            raw += '\n'
        before = text[pos:start]
        out.append(before)
        if empty:
            prev = before if before else (out[-2] if len(out) > 1 else '')
            if not prev.endswith('\n\n') and prev.endswith('\n'):
                out.append('\n')
        else:
            out.append('\n')
        out.append(md.htmlStash.store(raw))
        out.append('\n\n')
        pos = end
    if not out:
        return lines
    out.append(text[pos:])
    return ''.join(out).split('\n')


IDCOUNT_RE = re.compile(r'^(.*)_([0-9]+)$')


def slugify(value, separator):
    value = ''.join(c for c in value if ord(c) < 128)
    value = re.sub(r'[^\w\s-]', '', value).strip().lower()
    return re.sub(r'[{}\s]+'.format(separator), separator, value)


def unique(id, ids):
    while id in ids or not id:
        m = IDCOUNT_RE.match(id)
        if m:
            id = '%s_%d' % (m.group(1), int(m.group(2)) + 1)
        else:
            id = '%s_%d' % (id, 1)
    ids.add(id)
    return id


def _text(el):
    out = [el.text or '']
    for c in el:
        out.append(_text(c))
        out.append(c.tail or '')
    return ''.join(out)


def nest_toc_tokens(toc_list):
    ordered = []
    if toc_list:
        last = toc_list.pop(0)
        last['children'] = []
        levels = [last['level']]
        ordered.append(last)
        parents = []
        while toc_list:
            t = toc_list.pop(0)
            current_level = t['level']
            t['children'] = []
            if current_level < levels[-1]:
                levels.pop()
                to_pop = 0
                for p in reversed(parents):
                    if current_level <= p['level']:
                        to_pop += 1
                    else:
                        break
                if to_pop:
                    levels = levels[:-to_pop]
                    parents = parents[:-to_pop]
                levels.append(current_level)
            if current_level == levels[-1]:
                (parents[-1]['children'] if parents else ordered).append(t)
            else:
                last['children'].append(t)
                parents.append(last)
                levels.append(current_level)
            last = t
    return ordered


def run_toc(md, root, config):
    sep = config['separator']
    marker = config['marker']
    depth = int(config['toc_depth']) if not isinstance(config['toc_depth'], str) or '-' not in config['toc_depth'] else 6
    used = set()
    for el in root.iter():
        if 'id' in el.attrib:
            used.add(el.attrib['id'])
    toc_tokens = []
    for el in root.iter():
        if isinstance(el.tag, str) and len(el.tag) == 2 and el.tag[0] == 'h' and el.tag[1] in '123456':
            text = _text(el).strip()
            if 'id' not in el.attrib:
                el.attrib['id'] = unique(slugify(text, sep), used)
            if int(el.tag[-1]) <= depth:
                toc_tokens.append({'level': int(el.tag[-1]), 'id': el.attrib['id'], 'name': text})
    toc_tokens = nest_toc_tokens(toc_tokens)
    div = Element('div')
    div.attrib['class'] = config['toc_class']
    if config['title']:
        header = SubElement(div, 'span')
        if config['title_class']:
            header.attrib['class'] = config['title_class']
        header.text = config['title']

    def build_ul(items, parent):
        ul = SubElement(parent, 'ul')
        for item in items:
            li = SubElement(ul, 'li')
            link = SubElement(li, 'a')
            link.text = item.get('name', '')
            link.attrib['href'] = '#' + item.get('id', '')
            if item['children']:
                build_ul(item['children'], li)
        return ul
    build_ul(toc_tokens, div)
    md._prettify(div)
    if marker:
        _replace_marker(root, marker, div)
    from markdown import to_html_string
    toc = to_html_string(div, md.output_format)
    md.toc = md._raw_html(toc) if md.htmlStash.html_counter else toc
    md.toc_tokens = toc_tokens


def _replace_marker(root, marker, div):
    for el in root.iter():
        for i, c in enumerate(list(el.children)):
            if c.tag == 'p' and c.text and c.text.strip() == marker and not len(c):
                import copy
                new = copy.deepcopy(div)
                new.tail = c.tail
                el.children[i] = new
