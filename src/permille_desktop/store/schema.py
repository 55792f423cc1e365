"""Typed SQLAlchemy models of the catalog. The tables themselves are made by migrations.py."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, ForeignKey, Integer, Table
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


resource_categories = Table(
    "resource_categories",
    Base.metadata,
    Column(
        "resource_id",
        Integer,
        ForeignKey("resources.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column(
        "category_id",
        Integer,
        ForeignKey("categories.id", ondelete="CASCADE"),
        primary_key=True,
    ),
)


class CategoryRow(Base):
    __tablename__ = "categories"

    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("categories.id", ondelete="CASCADE"))
    name: Mapped[str]
    position: Mapped[int] = mapped_column(default=0)


class ResourceRow(Base):
    __tablename__ = "resources"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(unique=True)
    title: Mapped[str]
    sort_title: Mapped[str | None]
    year: Mapped[int | None]
    venue: Mapped[str] = mapped_column(default="")
    description: Mapped[str] = mapped_column(default="")
    url: Mapped[str] = mapped_column(default="")
    type: Mapped[str]
    language: Mapped[str] = mapped_column(default="")
    added_at: Mapped[datetime]
    modified_at: Mapped[datetime]
    # Derived by domain.search_text; see migrations.py.
    search_title: Mapped[str] = mapped_column(default="")
    search_content: Mapped[str] = mapped_column(default="")
    title_key: Mapped[str] = mapped_column(default="")
    authors_display: Mapped[str] = mapped_column(default="")

    authors: Mapped[list[AuthorRow]] = relationship(
        order_by="AuthorRow.position",
        cascade="all, delete-orphan",
    )
    categories: Mapped[list[CategoryRow]] = relationship(secondary=resource_categories)


class AuthorRow(Base):
    __tablename__ = "resource_authors"

    resource_id: Mapped[int] = mapped_column(
        ForeignKey("resources.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]


class SearchWordRow(Base):
    """A word of the catalog's search text and the resources it occurs in; see word_index.py."""

    __tablename__ = "search_words"

    id: Mapped[int] = mapped_column(primary_key=True)
    word: Mapped[str] = mapped_column(unique=True)
    resource_count: Mapped[int]
    resource_ids: Mapped[bytes | None]  # ascending ids, four bytes each
    resource_bits: Mapped[bytes | None]  # or a bitmap of ids, for a common word


class MetaRow(Base):
    """Facts about the file itself, such as whether the bundled catalog was loaded."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(primary_key=True)
    value: Mapped[str]
