"""End-to-end tests. A package, so that the tests can import BUILD_DAY from .conftest."""
