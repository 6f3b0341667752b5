"""Prompt templates for the model rewrite, as files."""
