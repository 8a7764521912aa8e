"""markdown: Python-Markdown 3.7's converter (markdown.markdown, markdown.Markdown).

The block processors (_markdown_blocks) and inline patterns (_markdown_inline) are ports of
Python-Markdown's; this module holds the pipeline: preprocessors (whitespace, fenced code,
raw HTML blocks), the tree processors (inline, prettify, unescape, toc), the (x)html
serializer and the postprocessors. Extensions: tables, fenced_code, toc, nl2br, sane_lists,
attr_list, def_list and extra (tables, fenced_code, attr_list, def_list; not its footnotes,
abbr and md_in_html).
"""

import re
from _markdown_blocks import (Element, SubElement, AtomicString, BLOCK_LEVEL, build_block_parser,
                              OListProcessor, UListProcessor)
from _markdown_inline import (InlineTreeprocessor, build_inlinepatterns, AMP_SUBSTITUTE,
                              SubstituteTagInlineProcessor, INLINE_PLACEHOLDER_RE)

__version__ = '3.7'
__all__ = ['Markdown', 'markdown', 'markdownFromFile']

STX = '\x02'
ETX = '\x03'
HTML_PLACEHOLDER = STX + 'wzxhzdk:%s' + ETX
HTML_PLACEHOLDER_RE = re.compile(HTML_PLACEHOLDER % r'([0-9]+)')
RE_AMP = re.compile(r'&(?!(?:\#[0-9]+|\#x[0-9a-f]+|[0-9a-z]+);)', re.I)
HTML_EMPTY = frozenset(['area', 'base', 'basefont', 'br', 'col', 'frame', 'hr', 'img', 'input',
                        'isindex', 'link', 'meta', 'param', 'embed', 'source', 'track', 'wbr'])
_UNESCAPE_RE = re.compile('\x02(\\d+)\x03')
FENCED_BLOCK_RE = re.compile(
    r'(?P<fence>^(?:~{3,}|`{3,}))[ ]*((\{(?P<attrs>[^\n]*)\})|(\.?(?P<lang>[\w#.+-]*)[ ]*)?'
    r'(hl_lines=(?P<quot>"|\')(?P<hl_lines>.*?)(?P=quot)[ ]*)?)\n(?P<code>.*?)(?<=\n)(?P=fence)[ ]*$',
    re.MULTILINE | re.DOTALL)


class HtmlStash:
    """Raw HTML kept out of the markdown processing, put back by the postprocessor."""

    def __init__(self):
        self.rawHtmlBlocks = []
        self.html_counter = 0

    def store(self, html):
        self.rawHtmlBlocks.append(html)
        placeholder = HTML_PLACEHOLDER % self.html_counter
        self.html_counter += 1
        return placeholder

    def reset(self):
        self.rawHtmlBlocks = []
        self.html_counter = 0


def _escape_cdata(text):
    if '&' in text:
        text = RE_AMP.sub('&amp;', text)
    if '<' in text:
        text = text.replace('<', '&lt;')
    if '>' in text:
        text = text.replace('>', '&gt;')
    return text


def _escape_attrib_html(text):
    if '&' in text:
        text = RE_AMP.sub('&amp;', text)
    if '<' in text:
        text = text.replace('<', '&lt;')
    if '>' in text:
        text = text.replace('>', '&gt;')
    if '"' in text:
        text = text.replace('"', '&quot;')
    return text


def _serialize(write, elem, fmt):
    tag = elem.tag
    text = elem.text
    write('<' + tag)
    if elem.attrib:
        for k, v in sorted(elem.attrib.items()):
            v = _escape_attrib_html(v)
            if k == v and fmt == 'html':
                write(' %s' % v)
            else:
                write(' {}="{}"'.format(k, v))
    if fmt == 'xhtml' and tag.lower() in HTML_EMPTY:
        write(' />')
    else:
        write('>')
        if text:
            if tag.lower() in ('script', 'style'):
                write(text)
            else:
                write(_escape_cdata(text))
        for e in elem:
            _serialize(write, e, fmt)
        if tag.lower() not in HTML_EMPTY:
            write('</' + tag + '>')
    if elem.tail:
        write(_escape_cdata(elem.tail))


def to_html_string(elem, fmt='xhtml'):
    data = []
    _serialize(data.append, elem, fmt)
    return ''.join(data)


class Extension:
    """Base class of the extensions (configs as keyword arguments)."""

    config = {}

    def __init__(self, **kwargs):
        self.config = {k: v[0] for k, v in self.config.items()}
        self.config.update(kwargs)

    def getConfigs(self):
        return dict(self.config)


class TableExtension(Extension):
    config = {'use_align_attribute': [False, '']}


class FencedCodeExtension(Extension):
    config = {'lang_prefix': ['language-', '']}


class TocExtension(Extension):
    config = {'marker': ['[TOC]', ''], 'title': ['', ''], 'title_class': ['toctitle', ''],
              'toc_class': ['toc', ''], 'anchorlink': [False, ''], 'permalink': [0, ''],
              'baselevel': ['1', ''], 'separator': ['-', ''], 'toc_depth': [6, '']}


class Nl2BrExtension(Extension):
    pass


class SaneListExtension(Extension):
    pass


class ExtraExtension(Extension):
    pass


class AttrListExtension(Extension):
    pass


class DefListExtension(Extension):
    pass


_EXTENSIONS = {
    'tables': TableExtension, 'fenced_code': FencedCodeExtension, 'toc': TocExtension,
    'nl2br': Nl2BrExtension, 'sane_lists': SaneListExtension, 'extra': ExtraExtension,
    'attr_list': AttrListExtension, 'def_list': DefListExtension,
}


def _extension_class(name):
    if isinstance(name, Extension):
        return name
    short = name
    if short.startswith('markdown.extensions.'):
        short = short[len('markdown.extensions.'):]
    short = short.split(':')[0]
    cls = _EXTENSIONS.get(short)
    if cls is None:
        raise ModuleNotFoundError(f"No module named '{name}'")
    return cls


class Markdown:
    """A Markdown converter: convert(text) returns (X)HTML."""

    doc_tag = 'div'

    def __init__(self, extensions=(), extension_configs=None, output_format='xhtml', tab_length=4):
        self.tab_length = tab_length
        self.output_format = output_format
        self.references = {}
        self.htmlStash = HtmlStash()
        self.toc = ''
        self.toc_tokens = []
        configs = extension_configs or {}
        self.exts = {}
        for ext in extensions:
            if isinstance(ext, Extension):
                inst = ext
            else:
                cls = _extension_class(ext)
                inst = cls(**configs.get(ext, {}))
            self.exts[type(inst).__name__] = inst
        if 'ExtraExtension' in self.exts:
            self.exts.setdefault('TableExtension', TableExtension())
            self.exts.setdefault('FencedCodeExtension', FencedCodeExtension())
            self.exts.setdefault('AttrListExtension', AttrListExtension())
            self.exts.setdefault('DefListExtension', DefListExtension())
        table = self.exts.get('TableExtension')
        self.parser = build_block_parser(self, table.getConfigs() if table else None)
        self.attr_list = None
        if 'DefListExtension' in self.exts:
            from _markdown_extra import add_def_list
            add_def_list(self.parser)
        if 'AttrListExtension' in self.exts:
            from _markdown_extra import AttrListTreeprocessor
            self.attr_list = AttrListTreeprocessor(self)
        if 'SaneListExtension' in self.exts:
            for p in self.parser.blockprocessors:
                if isinstance(p, OListProcessor):
                    p.SIBLING_TAGS = [p.TAG]
                    p.LAZY_OL = False
                    if isinstance(p, UListProcessor):
                        p.CHILD_RE = re.compile(r'^[ ]{0,%d}(([*+-]))[ ]+(.*)' % (tab_length - 1))
                    else:
                        p.CHILD_RE = re.compile(r'^[ ]{0,%d}((\d+\.))[ ]+(.*)' % (tab_length - 1))
        self.inlinePatterns = build_inlinepatterns(self)
        if 'Nl2BrExtension' in self.exts:
            self.inlinePatterns.append(SubstituteTagInlineProcessor(r'\n', 'br'))
        self.treeprocessor = InlineTreeprocessor(self)

    def reset(self):
        self.htmlStash.reset()
        self.references.clear()
        self.toc = ''
        self.toc_tokens = []
        return self

    def is_block_level(self, tag):
        if isinstance(tag, str):
            return tag.lower().rstrip('/') in BLOCK_LEVEL
        return False

    def convert(self, source):
        if not source.strip():
            return ''
        lines = self._normalize(source)
        if 'FencedCodeExtension' in self.exts:
            lines = self._fenced(lines)
        lines = self._html_blocks(lines)
        root = self.parser.parseDocument(lines)
        self.treeprocessor.run(root)
        self._prettify(root)
        if self.attr_list is not None:
            self.attr_list.run(root)
        self._unescape(root)
        toc = self.exts.get('TocExtension')
        if toc is not None:
            from _markdown_toc import run_toc
            run_toc(self, root, toc.getConfigs())
        output = to_html_string(root, self.output_format)
        start = output.index('<%s>' % self.doc_tag) + len(self.doc_tag) + 2
        end = output.rindex('</%s>' % self.doc_tag)
        output = output[start:end].strip()
        output = self._raw_html(output)
        output = output.replace(AMP_SUBSTITUTE, '&')
        return output.strip()

    def _normalize(self, source):
        source = source.replace(STX, '').replace(ETX, '')
        source = source.replace('\r\n', '\n').replace('\r', '\n') + '\n\n'
        source = source.expandtabs(self.tab_length)
        source = re.sub(r'(?<=\n) +\n', '\n', source)
        return source.split('\n')

    def _fenced(self, lines):
        text = '\n'.join(lines)
        prefix = self.exts['FencedCodeExtension'].getConfigs()['lang_prefix']
        while True:
            m = FENCED_BLOCK_RE.search(text)
            if not m:
                break
            lang = m.group('lang')
            cls = ' class="%s%s"' % (prefix, lang) if lang else ''
            code = '<pre><code%s>%s</code></pre>' % (cls, _escape_code(m.group('code')))
            placeholder = self.htmlStash.store(code)
            text = f'{text[:m.start()]}\n{placeholder}\n{text[m.end():]}'
        return text.split('\n')

    def _html_blocks(self, lines):
        from _markdown_toc import extract_html_blocks
        return extract_html_blocks(self, lines)

    def _prettify(self, elem):
        self._prettify_tree(elem)
        for br in elem.iter('br'):
            if not br.tail or not br.tail.strip():
                br.tail = '\n'
            else:
                br.tail = '\n%s' % br.tail
        for pre in elem.iter('pre'):
            if len(pre) and pre[0].tag == 'code':
                code = pre[0]
                if not len(code) and code.text is not None:
                    code.text = AtomicString(code.text.rstrip() + '\n')

    def _prettify_tree(self, elem):
        i = '\n'
        if self.is_block_level(elem.tag) and elem.tag not in ('code', 'pre'):
            if (not elem.text or not elem.text.strip()) and len(elem) and self.is_block_level(elem[0].tag):
                elem.text = i
            for e in elem:
                if self.is_block_level(e.tag):
                    self._prettify_tree(e)
        if not elem.tail or not elem.tail.strip():
            elem.tail = i

    def _unescape(self, root):
        def unescape(text):
            return _UNESCAPE_RE.sub(lambda m: chr(int(m.group(1))), text)
        for el in root.iter():
            if el.text and '\x02' in el.text and not el.tag == 'code':
                el.text = unescape(el.text)
            if el.tail and '\x02' in el.tail:
                el.tail = unescape(el.tail)
            for k, v in el.attrib.items():
                if '\x02' in v:
                    el.attrib[k] = unescape(v)

    def _raw_html(self, text):
        replacements = {}
        for i in range(self.htmlStash.html_counter):
            html = self.htmlStash.rawHtmlBlocks[i]
            if self._isblocklevel(html):
                replacements['<p>{}</p>'.format(HTML_PLACEHOLDER % i)] = html
            replacements[HTML_PLACEHOLDER % i] = html
        if replacements:
            base_placeholder = HTML_PLACEHOLDER % r'([0-9]+)'
            pattern = re.compile(f'<p>{base_placeholder}</p>|{base_placeholder}')
            processed_text = pattern.sub(lambda m: replacements.get(m.group(0), m.group(0)), text)
        else:
            return text
        if processed_text == text:
            return processed_text
        return self._raw_html(processed_text)

    def _isblocklevel(self, html):
        m = re.match(r'^\<\/?([^ >]+)', html)
        if m:
            if m.group(1)[0] in ('!', '?', '@', '%'):
                return True
            return self.is_block_level(m.group(1))
        return False

    def convertFile(self, input=None, output=None, encoding=None):
        encoding = encoding or 'utf-8'
        with open(input, encoding=encoding) as f:
            text = f.read()
        html = self.convert(text)
        with open(output, 'w', encoding=encoding) as f:
            f.write(html)
        return self


def _escape_code(txt):
    txt = txt.replace('&', '&amp;')
    txt = txt.replace('<', '&lt;')
    txt = txt.replace('>', '&gt;')
    txt = txt.replace('"', '&quot;')
    return txt


def markdown(text, **kwargs):
    """Convert a markdown string to HTML."""
    md = Markdown(**kwargs)
    return md.convert(text)


def markdownFromFile(**kwargs):
    md = Markdown(**kwargs)
    md.convertFile(kwargs.get('input', None), kwargs.get('output', None), kwargs.get('encoding', None))
