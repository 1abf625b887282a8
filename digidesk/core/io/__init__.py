"""Reading files into the canonical model."""
