"""gettext catalogs of the `rewrite` interface, one .po file per language, read at run time."""
