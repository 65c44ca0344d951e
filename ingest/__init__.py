"""Turn the shipped study into typed records (``records``) and search indexes (``index``)."""
