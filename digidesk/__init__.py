"""DigiDesk: an offline workbench for municipal digitalisation indicators."""

__version__ = "0.1.0"
