"""End-to-end tests. A package, so that this conftest is imported as e2e.conftest and does not
shadow tests/conftest.py, which the unit tests import as ``conftest``."""
