from typing import List, Optional

from pydantic import BaseModel, Field


class Base(BaseModel):
    id: int
    created_by: str = "system"


class Article(Base):
    title: str
    tags: List[str] = Field(default_factory=list)
    summary: Optional[str] = None


a = Article(id=1, title="Hello")
b = Article(id=2, title="World", tags=["x"], created_by="ann")
a.tags.append("new")
print(a)
print(b)
print(Article(id=3, title="Fresh").tags)
print(a.model_dump(exclude_unset=True))
print(b.model_dump(exclude_defaults=True))
print(b.model_dump(exclude_none=True, exclude={"tags"}))
print(list(Article.model_fields))
print(Article.model_fields["tags"].is_required(), Article.model_fields["title"].is_required())
print(isinstance(a, Base), a == Article(id=1, title="Hello", tags=["new"]))
c = b.model_copy(update={"summary": "short"})
print(c.summary, b.summary, c.id)
