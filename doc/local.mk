# Manual pages.
dist_man_MANS = doc/tact.1
