"""CLI commands (thin: parse options, call the library, format)."""
