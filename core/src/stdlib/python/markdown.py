"""markdown: Python-Markdown 3.7's converter (markdown.markdown, markdown.Markdown).

The engine is native (_markdown_core.convert: a port of Python-Markdown's block processors,
inline patterns, tree processors, serializer and postprocessors); this module is the
Python-facing layer: the Markdown class, extension names and configs, errors. Extensions:
tables, fenced_code, toc, nl2br, sane_lists, attr_list, def_list and extra (tables,
fenced_code, attr_list, def_list; not its footnotes, abbr and md_in_html).
"""

import _markdown_core

__version__ = '3.7'
__all__ = ['Markdown', 'markdown', 'markdownFromFile']

BLOCK_LEVEL = frozenset([
    'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset',
    'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
    'hgroup', 'hr', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul',
    'canvas', 'colgroup', 'dd', 'body', 'dt', 'group', 'html', 'iframe', 'li', 'legend',
    'math', 'map', 'noscript', 'output', 'object', 'option', 'progress', 'script', 'style',
    'summary', 'tbody', 'td', 'textarea', 'tfoot', 'th', 'thead', 'tr', 'video'])


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
        self._options = self._build_options()

    def _build_options(self):
        exts = self.exts
        flags = 0
        for bit, name in ((1, 'TableExtension'), (2, 'FencedCodeExtension'), (4, 'Nl2BrExtension'),
                          (8, 'SaneListExtension'), (16, 'AttrListExtension'), (32, 'DefListExtension')):
            if name in exts:
                flags |= bit
        table = exts.get('TableExtension')
        align = bool(table.getConfigs()['use_align_attribute']) if table else False
        fenced = exts.get('FencedCodeExtension')
        prefix = fenced.getConfigs()['lang_prefix'] if fenced else 'language-'
        toc = exts.get('TocExtension')
        toc_opts = None
        if toc is not None:
            c = toc.getConfigs()
            depth = c['toc_depth']
            if isinstance(depth, str) and '-' in depth:
                top, bottom = [int(x) for x in depth.split('-')]
            else:
                top, bottom = 1, int(depth)
            toc_opts = (c['marker'] or '', c['title'] or '', c['title_class'] or '', c['toc_class'],
                        c['separator'], int(c['baselevel']), top, bottom)
        return (int(self.tab_length), self.output_format, flags, align, prefix or '', toc_opts)

    def reset(self):
        self.references.clear()
        self.toc = ''
        self.toc_tokens = []
        return self

    def is_block_level(self, tag):
        if isinstance(tag, str):
            return tag.lower().rstrip('/') in BLOCK_LEVEL
        return False

    def convert(self, source):
        refs = self.references
        known = [(k, v[0], v[1]) for k, v in refs.items()] if refs else None
        html, toc, tokens, defs = _markdown_core.convert(source, self._options, known)
        if defs:
            for key, href, title in defs:
                refs[key] = (href, title)
        if toc is not None:
            self.toc = toc
            self.toc_tokens = _nest_toc_tokens(
                [{'level': t[0], 'id': t[1], 'name': t[2], 'html': t[3], 'data-toc-label': ''}
                 for t in tokens])
        return html

    def convertFile(self, input=None, output=None, encoding=None):
        encoding = encoding or 'utf-8'
        with open(input, encoding=encoding) as f:
            text = f.read()
        html = self.convert(text)
        with open(output, 'w', encoding=encoding) as f:
            f.write(html)
        return self


def _nest_toc_tokens(toc_list):
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


_OPTIONS = {}


def markdown(text, **kwargs):
    """Convert a markdown string to HTML."""
    if not kwargs or (len(kwargs) == 1 and 'extensions' in kwargs):
        # A fresh Markdown's only state is its options: reuse them per extension-name list.
        exts = kwargs.get('extensions', ())
        key = tuple(exts) if type(exts) is list or type(exts) is tuple else None
        if key is not None and all(type(e) is str for e in key):
            opts = _OPTIONS.get(key)
            if opts is None:
                opts = _OPTIONS[key] = Markdown(extensions=key)._options
            return _markdown_core.convert(text, opts, None)[0]
    md = Markdown(**kwargs)
    return md.convert(text)


def markdownFromFile(**kwargs):
    md = Markdown(**kwargs)
    md.convertFile(kwargs.get('input', None), kwargs.get('output', None), kwargs.get('encoding', None))
