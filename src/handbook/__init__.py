"""Policy handbook generator: policies kept as Markdown in ``policy_src/`` become a staff handbook.

The package holds all the logic (model, parsing, rendering, search entries) so that the MkDocs
hooks, the command line and the tests call the same code. Nothing here imports MkDocs.
"""
