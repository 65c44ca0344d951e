"""The shipped study (``sources/``), its generated records (``records/``) and their schema."""
