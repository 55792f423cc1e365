"""What happened while the catalog was opened, told to the user in their language."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from permille_desktop.domain.opening import Damage, OpenEventKind, OpenReport
from permille_desktop.gui.translation import TranslationContext


class OpeningMessages(TranslationContext):
    """The translation context of what happened while the catalog was opened."""


def _damage(damage: Damage | None) -> str:
    return {
        Damage.NOT_A_DATABASE: OpeningMessages.tr("it is not a catalog"),
        Damage.FAILED_CHECK: OpeningMessages.tr("it is damaged"),
        Damage.OTHER_APPLICATION: OpeningMessages.tr("it belongs to another program"),
        Damage.EMPTY: OpeningMessages.tr("it is empty"),
        None: OpeningMessages.tr("it could not be used"),
    }[damage]


def opening_message(report: OpenReport) -> tuple[str, str, bool] | None:
    """(title, text, whether it is a warning) for a report worth telling; None otherwise."""
    if not report.noteworthy:
        return None
    lines: list[str] = []
    warning = False
    locale = QLocale()
    for event in report.events:
        match event.kind:
            case OpenEventKind.MOVED_ASIDE:
                warning = True
                lines.append(
                    OpeningMessages.tr(
                        "The catalog file could not be used ({why}). It was moved aside, not "
                        "deleted: {path}"
                    ).format(why=_damage(event.damage), path=event.moved_to)
                )
            case OpenEventKind.BAD_BACKUP if event.backup is not None:
                lines.append(
                    OpeningMessages.tr(
                        "The backup {name} is damaged too; it was left as it is."
                    ).format(name=event.backup.path.name)
                )
            case OpenEventKind.RESTORED if event.backup is not None:
                when = locale.toString(
                    event.backup.taken_at.astimezone(),
                    locale.dateTimeFormat(QLocale.FormatType.LongFormat),
                )
                lines.append(
                    OpeningMessages.tr(
                        "The newest good backup, taken on {when}, was restored. Changes made "
                        "after it are not in the catalog."
                    ).format(when=when)
                )
            case OpenEventKind.STARTED_FRESH:
                lines.append(
                    OpeningMessages.tr(
                        "No good backup was found, so the library starts afresh from the "
                        "catalog that comes with the app."
                    )
                )
            case OpenEventKind.NEWER_VERSION:
                lines.append(
                    OpeningMessages.tr(
                        "This catalog was written by a newer version of permille-desktop "
                        "(catalog version {found}; this version reads up to {readable}). It is "
                        "open read-only: you can browse, search and export, but not change it. "
                        "Install the newer version to edit it."
                    ).format(found=event.found_version, readable=event.readable_version)
                )
    title = (
        OpeningMessages.tr("The catalog was repaired")
        if warning
        else OpeningMessages.tr("Opened read-only")
    )
    return title, "\n\n".join(lines), warning
