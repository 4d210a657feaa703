"""lamforge: build Large Action Models that operate LibreOffice Writer, end to end."""

__version__ = "0.1.0"
