"""End-to-end tests. A package, so that the tests can import TIMEOUT_MS from .conftest."""
