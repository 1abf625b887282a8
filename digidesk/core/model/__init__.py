"""The canonical data model: areas, indicators, observations, strategy, award, workspace."""
