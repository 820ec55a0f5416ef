# Manual pages.
dist_man_MANS = doc/tact.1 doc/tact-lexicon.5 doc/tact-config.5 doc/tact-templates.5
dist_man_MANS += doc/tact-compose.1
