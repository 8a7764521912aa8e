"""jinja2.exceptions: the error classes, with jinja2's names and messages."""


class TemplateError(Exception):
    """Baseclass for all template errors."""

    def __init__(self, message=None):
        super().__init__(message)

    @property
    def message(self):
        return self.args[0] if self.args else None


class TemplateNotFound(IOError, LookupError, TemplateError):
    """Raised if a template does not exist."""

    message = None

    def __init__(self, name, message=None):
        IOError.__init__(self, name)
        if message is None:
            message = name
        self.message = message
        self.name = name
        self.templates = [name]

    def __str__(self):
        return str(self.message)


class TemplatesNotFound(TemplateNotFound):
    """Like TemplateNotFound but raised if multiple templates are selected."""

    def __init__(self, names=(), message=None):
        if message is None:
            message = 'none of the templates given were found: ' + ', '.join(map(str, names))
        super().__init__(names[-1] if names else None, message)
        self.templates = list(names)


class TemplateSyntaxError(TemplateError):
    """Raised to tell the user that there is a problem with the template."""

    def __init__(self, message, lineno, name=None, filename=None):
        super().__init__(message)
        self.lineno = lineno
        self.name = name
        self.filename = filename
        self.source = None
        self.translated = True

    def __str__(self):
        return str(self.message)


class TemplateAssertionError(TemplateSyntaxError):
    """Like a template syntax error, but covers cases where something in the
    template caused an error at compile time."""


class TemplateRuntimeError(TemplateError):
    """A generic runtime error in the template engine."""


class UndefinedError(TemplateRuntimeError):
    """Raised if a template tries to operate on Undefined."""


class SecurityError(TemplateRuntimeError):
    """Raised if a template tries to do something insecure."""


class FilterArgumentError(TemplateRuntimeError):
    """This error is raised if a filter was called with inappropriate arguments."""


for _cls in (TemplateError, TemplateNotFound, TemplatesNotFound, TemplateSyntaxError,
             TemplateAssertionError, TemplateRuntimeError, UndefinedError, SecurityError,
             FilterArgumentError):
    _cls.__module__ = 'jinja2.exceptions'
del _cls
