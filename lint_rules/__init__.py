"""Rule packs as data: one folder per language, one YAML list of rules per file."""
