"""permille-desktop: offline browser for the "4 per 1000" Initiative's resource library."""

__version__ = "0.1.0"
