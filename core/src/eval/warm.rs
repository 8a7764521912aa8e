//! Warm caches for the template: what a web app's boot looks up about the
//! prepared modules' classes, looked up once per process instead of once per
//! `Ctx`.
//!
//! A fresh `Ctx` starts with the template's caches (`type_cache.rs`, the
//! builtin method cache, instance size hints). Before this, they held only
//! what importing the prepared modules happened to look up, so every boot
//! looked up again, per `Ctx`, the attributes of `FastAPI`, `_Route`,
//! `Environment`, `FieldInfo`, ... that `FastAPI()`, a route decorator or
//! `Environment(...)` read and write (about 50 lookups of ~500 instructions
//! each in the bench's blog app).
//!
//! [`warm_caches`] runs [`WARM_APP`], a small app of the kind LLMs write,
//! in a throwaway copy of the template, and keeps only *which* class
//! attributes it looked up. It then looks those up again in the template
//! itself, so every remembered entry is exactly what the template's own
//! classes give: nothing the app did (its objects, its classes, the module
//! state it changed) reaches the template.

use super::vm::Vm;
use crate::value::symbol::Symbol;
use crate::value::{ObjId, Object};

/// The app whose lookups the template remembers: the constructs of a
/// FastAPI + pydantic + Jinja2 + markdown app's boot and of its first
/// requests' Python side (validation, rendering, JSON).
const WARM_APP: &str = r##"
try:
    import json
    from typing import Dict, List, Optional

    import markdown
    from fastapi import FastAPI, HTTPException, Request
    from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse
    from jinja2 import DictLoader, Environment, Template
    from pydantic import BaseModel, Field, field_validator

    app = FastAPI(title="warm")
    env = Environment(loader=DictLoader({
        "base.html": "<title>{% block title %}{% endblock %}</title>{% block body %}{% endblock %}",
        "page.html": "{% extends 'base.html' %}{% block title %}{{ title }}{% endblock %}"
                     "{% block body %}{% for x in items %}{{ loop.index }}{{ x | upper }}{% endfor %}"
                     "{{ html | safe }}{% endblock %}",
    }), autoescape=True)

    class Item(BaseModel):
        name: str = Field(min_length=1, max_length=80)
        price: float = Field(default=0.0, ge=0)
        tags: List[str] = []
        note: Optional[str] = None
        extra: Dict[str, int] = {}

    class Checked(BaseModel):
        title: str

        @field_validator("title")
        @classmethod
        def strip(cls, v):
            return v.strip()

    items = {}

    @app.get("/")
    def index():
        return {"items": list(items)}

    @app.get("/items/{item_id}", response_class=HTMLResponse)
    def show(item_id: int, q: str = "", limit: int = 10):
        if item_id not in items:
            raise HTTPException(status_code=404, detail="not found")
        return env.get_template("page.html").render(title=q, items=[], html="")

    @app.post("/items", status_code=201)
    def create(item: Item):
        items[len(items)] = item
        return item

    @app.put("/items/{item_id}")
    def update(item_id: int, item: Item):
        return {"id": item_id}

    @app.delete("/items/{item_id}")
    def delete(item_id: int):
        return None

    @app.get("/raw")
    async def raw(request: Request):
        return PlainTextResponse("ok")

    @app.get("/json")
    def as_json():
        return JSONResponse({"ok": True}, status_code=200)

    item = Item(name="a", price=1.5, tags=["x"])
    Item.model_validate({"name": "b", "price": "2"})
    item.model_dump()
    item.model_dump_json()
    Checked(title=" t ")
    try:
        Item(name="")
    except Exception:
        pass
    env.get_template("page.html").render(title="t", items=["a", "b"], html="<p>x</p>")
    Template("{{ x }}").render(x=1)
    markdown.markdown("# T\n\n*a* and `b`\n\n| a | b |\n|---|---|\n| 1 | 2 |\n",
                      extensions=["tables", "fenced_code"])
    json.dumps({"a": [1, 2.5, None, True]})
except Exception:
    pass
"##;

/// Runs [`WARM_APP`] in a copy of `template` (the prepared modules imported,
/// `import_log` still set so that no import consults the prepared table being
/// built), then makes `template` look up, in its own classes, every class
/// attribute and builtin method the copy looked up, and adopts its instance
/// size hints. On any failure the template keeps the caches it has.
pub(crate) fn warm_caches(template: &mut Vm) {
    let Ok(program) = crate::compile::Program::compile(WARM_APP, "<warm>") else {
        return;
    };
    let mut warm = template.clone();
    if warm.start(&program).and_then(|()| warm.run()).is_err() {
        return;
    }
    let lookups = in_template(template, &warm, warm.type_cache.entry_keys());
    for (class, name) in lookups {
        template.type_attr(class, name);
    }
    let methods = in_template(template, &warm, warm.method_cache.keys().copied());
    for (class, name) in methods {
        template.cached_builtin_method(class, name);
    }
    for (&class, &hint) in &warm.instance_hints {
        if is_class(template, class) {
            let known = template.instance_hints.entry(class).or_insert(0);
            *known = (*known).max(hint);
        }
    }
}

/// Whether `id` is a class in `vm`.
fn is_class(vm: &Vm, id: ObjId) -> bool {
    matches!(vm.heap.get(id), Object::Class(_))
}

/// The `(class, name)` keys of the copy `warm` that stand for a class of the
/// template (the copy's own classes are gone with it) and a name the template
/// knows (no new symbol in the template), in the template's symbols, sorted
/// (the template is built the same way in every process).
fn in_template(
    template: &Vm,
    warm: &Vm,
    keys: impl Iterator<Item = (ObjId, Symbol)>,
) -> Vec<(ObjId, Symbol)> {
    let mut found: Vec<_> = keys
        .filter(|&(class, _)| is_class(template, class))
        .filter_map(|(class, name)| {
            let name = template.interner.get(warm.interner.name(name))?;
            Some((class, name))
        })
        .collect();
    found.sort_unstable();
    found
}
