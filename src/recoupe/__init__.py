"""recoupe: cross-check news articles into a corroboration brief."""
__version__ = "0.1.0"
