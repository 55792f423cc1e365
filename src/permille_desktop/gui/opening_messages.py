"""What happened while the catalog was opened, told to the user in their language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from permille_desktop.domain.opening import Damage, OpenEventKind, OpenReport


def _tr(text: str) -> str:
    return QCoreApplication.translate("OpeningMessages", text)


def _damage(damage: Damage | None) -> str:
    return {
        Damage.NOT_A_DATABASE: _tr("it is not a catalog"),
        Damage.FAILED_CHECK: _tr("it is damaged"),
        Damage.OTHER_APPLICATION: _tr("it belongs to another program"),
        Damage.EMPTY: _tr("it is empty"),
        None: _tr("it could not be used"),
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
                    _tr(
                        "The catalog file could not be used ({why}). It was moved aside, not "
                        "deleted: {path}"
                    ).format(why=_damage(event.damage), path=event.moved_to)
                )
            case OpenEventKind.BAD_BACKUP if event.backup is not None:
                lines.append(
                    _tr("The backup {name} is damaged too; it was left as it is.").format(
                        name=event.backup.path.name
                    )
                )
            case OpenEventKind.RESTORED if event.backup is not None:
                when = locale.toString(
                    event.backup.taken_at.astimezone(),
                    locale.dateTimeFormat(QLocale.FormatType.LongFormat),
                )
                lines.append(
                    _tr(
                        "The newest good backup, taken on {when}, was restored. Changes made "
                        "after it are not in the catalog."
                    ).format(when=when)
                )
            case OpenEventKind.STARTED_FRESH:
                lines.append(
                    _tr(
                        "No good backup was found, so the library starts afresh from the "
                        "catalog that comes with the app."
                    )
                )
            case OpenEventKind.NEWER_VERSION:
                lines.append(
                    _tr(
                        "This catalog was written by a newer version of permille-desktop "
                        "(catalog version {found}; this version reads up to {readable}). It is "
                        "open read-only: you can browse, search and export, but not change it. "
                        "Install the newer version to edit it."
                    ).format(found=event.found_version, readable=event.readable_version)
                )
    title = _tr("The catalog was repaired") if warning else _tr("Opened read-only")
    return title, "\n\n".join(lines), warning
