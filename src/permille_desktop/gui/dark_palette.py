"""A dark palette, like the one a dark desktop theme gives Qt's Fusion style.

The window takes every colour from the palette, so that it reads as well in a dark theme as in
a light one; the tests and ``scripts/screenshot.py --dark`` run it with this palette to check.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

_Role = QPalette.ColorRole
_Group = QPalette.ColorGroup

_ACTIVE = {
    _Role.Window: "#2b2b2b",
    _Role.WindowText: "#ececec",
    _Role.Base: "#1f1f1f",
    _Role.AlternateBase: "#2a2a2a",
    _Role.Text: "#ececec",
    _Role.PlaceholderText: "#a3a3a3",
    _Role.Button: "#363636",
    _Role.ButtonText: "#ececec",
    _Role.BrightText: "#ffffff",
    _Role.Light: "#4a4a4a",
    _Role.Midlight: "#404040",
    _Role.Mid: "#262626",
    _Role.Dark: "#1a1a1a",
    _Role.Shadow: "#000000",
    _Role.Highlight: "#2f6fb0",
    _Role.HighlightedText: "#ffffff",
    _Role.Link: "#8ab4f8",
    _Role.LinkVisited: "#c58af9",
    _Role.ToolTipBase: "#363636",
    _Role.ToolTipText: "#ececec",
}
_DISABLED = {
    _Role.WindowText: "#7a7a7a",
    _Role.Text: "#7a7a7a",
    _Role.ButtonText: "#7a7a7a",
    _Role.PlaceholderText: "#6a6a6a",
    _Role.Highlight: "#3a3a3a",
    _Role.HighlightedText: "#9a9a9a",
}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _ACTIVE.items():
        palette.setColor(role, QColor(colour))  # every group; the disabled one follows
    for role, colour in _DISABLED.items():
        palette.setColor(_Group.Disabled, role, QColor(colour))
    return palette
