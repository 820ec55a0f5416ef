# neomutt with plugin/mutt/tact.muttrc (see mutt-common.sh).
CLIENT=neomutt
. "$top_srcdir/tests/clients/mutt-common.sh"
