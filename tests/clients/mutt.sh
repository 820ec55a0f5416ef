# mutt 2.2 with plugin/mutt/tact.muttrc (see mutt-common.sh).
CLIENT=mutt
. "$top_srcdir/tests/clients/mutt-common.sh"
