"""Where a municipality stands: rankings, reference values, peers, similarity and change.

Pure functions over the workspace's observation tables and the area register; the CLI, the
comparison view and the exports all use them, so that every figure is computed one way.
``docs/analysis.md`` states the rules for users.
"""
