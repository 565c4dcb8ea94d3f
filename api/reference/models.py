"""Reference data stored as data: municipalities (CBS codes) and the theme taxonomy."""

from __future__ import annotations

from sqlmodel import Field, SQLModel


class Municipality(SQLModel, table=True):
    __tablename__ = "municipalities"

    code: str = Field(primary_key=True, max_length=6, description="CBS code, e.g. GM0534.")
    name: str = Field(max_length=100)
    active: bool = Field(default=True)


class Theme(SQLModel, table=True):
    __tablename__ = "themes"

    slug: str = Field(primary_key=True, max_length=40)
    name: str = Field(max_length=100)
    description: str = Field(max_length=300)
