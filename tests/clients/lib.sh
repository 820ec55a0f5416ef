# lib.sh - sourced by the client tests: a real neomutt, mutt or aerc in
# tmux, on a maildir of customer messages, with the notmuch database of
# the support corpus, the build's tact first in PATH, a test editor in
# place of vim (it keeps a copy of what it was shown) and a sendmail
# stub (it keeps the message sent).  The screen is polled, never waited
# on with fixed sleeps: WAIT_SECONDS (20) is the limit for each step.
. "$top_srcdir/tests/cli/lib.sh"

WAIT_SECONDS=${WAIT_SECONDS:-20}
SOCKET="$TEST_DIR/tmux.sock"
trap 'tmux -S "$SOCKET" kill-server >/dev/null 2>&1; rm -rf "$TEST_DIR"' EXIT

# need_client NAME: skip the whole test when the client is missing.
need_client () {
    need tmux perl notmuch "$1"
}

# The world the client runs in.
setup_world () {
    make_database
    export TZ=Europe/Berlin LC_ALL=C.UTF-8 TERM=screen
    export HOME="$TEST_DIR/home" TACT_CONFIG="$TEST_DIR/config"
    unset VISUAL EDITOR TACT_EDITOR MAIL MAILDIR XDG_CONFIG_HOME
    NOW=2026-11-23T10:00:00+01:00
    mkdir -p "$HOME" "$TEST_DIR/bin" "$TEST_DIR/seen" "$TEST_DIR/sent"
    draft_config >"$TEST_DIR/config"
    # tact in PATH is the build's; compose drafts as at $NOW, so that
    # the test can compare with tact draft.
    cat >"$TEST_DIR/bin/tact" <<SH
#!/bin/sh
if [ "\$1" = compose ]; then
    shift
    # the lint after the editor only where a test asks for it
    if [ -e "$TEST_DIR/lint-on" ]; then
	exec "$TACT" compose --now $NOW "\$@"
    fi
    exec "$TACT" compose --now $NOW --no-lint "\$@"
fi
exec "$TACT" "\$@"
SH
    # The agent's editor: a copy of the file as shown (seen/N), then
    # what the agent types (the file typed, appended; the file
    # fill-slot, in place of the solve slot), then, when the file
    # delete-notice exists, the notice line deleted.
    cat >"$TEST_DIR/bin/tact-test-editor" <<SH
#!/bin/sh
for file; do :; done
n=\$(ls "$TEST_DIR/seen" | wc -l)
cp "\$file" "$TEST_DIR/seen/tmp"
mv "$TEST_DIR/seen/tmp" "$TEST_DIR/seen/\$((n + 1))"
echo "\$*" >"$TEST_DIR/editor-args"
[ -f "$TEST_DIR/typed" ] && cat "$TEST_DIR/typed" >>"\$file"
# the fix typed in place of the slot
[ -f "$TEST_DIR/fill-slot" ] && sed -i "s|^\\[\\[ describe the fix here \\]\\]\$|\$(cat "$TEST_DIR/fill-slot")|" "\$file"
[ -f "$TEST_DIR/delete-notice" ] && sed -i '/^# tact: /d' "\$file"
exit 0
SH
    cat >"$TEST_DIR/bin/sendmail" <<SH
#!/bin/sh
n=\$(ls "$TEST_DIR/sent" | wc -l)
cat >"$TEST_DIR/sent/tmp"
mv "$TEST_DIR/sent/tmp" "$TEST_DIR/sent/\$((n + 1))"
SH
    chmod +x "$TEST_DIR/bin/"*
    PATH="$TEST_DIR/bin:$PATH"
    export PATH
    # templates that do not load, for the failure cases
    mkdir -p "$TEST_DIR/broken"
    printf 'move: greeting\nregister: nonsense\n---\nHello {{customer.first_name}},\n' \
	>"$TEST_DIR/broken/greeting-neutral-9.tmpl"
}

use_broken_templates () {
    { draft_config; printf '[templates]\nfolders=%s\n' "$TEST_DIR/broken"; } >"$TEST_DIR/config"
}
use_good_templates () { draft_config >"$TEST_DIR/config"; }
remove_database () { mv "$TEST_DIR/mail/.notmuch" "$TEST_DIR/mail/.notmuch-gone"; }
restore_database () { mv "$TEST_DIR/mail/.notmuch-gone" "$TEST_DIR/mail/.notmuch"; }

# A maildir folder holding the given corpus messages.
make_maildir () {
    local dir=$1
    shift
    mkdir -p "$dir/cur" "$dir/new" "$dir/tmp"
    for m in "$@"; do cp "$CORPUS/cur/$m" "$dir/cur/$m:2,S"; done
}

# ---- tmux ----
tm () { tmux -S "$SOCKET" "$@"; }

# start_client COMMAND: the client in a 132x50 terminal.
start_client () {
    tm -f /dev/null new-session -d -x 132 -y 50 -s client "$1; sleep 600" ||
	{ echo "Bail out! tmux did not start"; exit 1; }
}

screen () { tm capture-pane -p -t client 2>/dev/null; }
keys () { tm send-keys -t client "$@"; }

# wait_screen NAME PATTERN: a test point passing once the screen shows
# PATTERN (grep -E), failing with the screen after WAIT_SECONDS.
wait_screen () {
    local name=$1 pattern=$2 end=$(($(date +%s) + WAIT_SECONDS))
    while [ "$(date +%s)" -le "$end" ]; do
	if screen | grep -qE -- "$pattern"; then ok "$name"; return 0; fi
	sleep 0.1
    done
    not_ok "$name" "the screen did not show /$pattern/ within ${WAIT_SECONDS}s:" "$(screen)"
    return 1
}

# wait_gone NAME PATTERN: a test point passing once the screen no
# longer shows PATTERN.
wait_gone () {
    local name=$1 pattern=$2 end=$(($(date +%s) + WAIT_SECONDS))
    while [ "$(date +%s)" -le "$end" ]; do
	if ! screen | grep -qE -- "$pattern"; then ok "$name"; return 0; fi
	sleep 0.1
    done
    not_ok "$name" "the screen still showed /$pattern/ after ${WAIT_SECONDS}s:" "$(screen)"
    return 1
}

# wait_file NAME FILE: a test point passing once FILE exists.
wait_file () {
    local name=$1 file=$2 end=$(($(date +%s) + WAIT_SECONDS))
    while [ "$(date +%s)" -le "$end" ]; do
	if [ -e "$file" ]; then ok "$name"; return 0; fi
	sleep 0.1
    done
    not_ok "$name" "no $file within ${WAIT_SECONDS}s; the screen:" "$(screen)"
    return 1
}

# ---- messages ----
message_id () { sed -n 's/^Message-ID: *<\(.*\)>.*/\1/Ip' "$CORPUS/cur/$1" | head -n 1; }
subject_of () { sed -n 's/^Subject: *//Ip' "$CORPUS/cur/$1" | head -n 1; }
address_of () { sed -n 's/^From: .*<\(.*\)>.*/\1/p' "$CORPUS/cur/$1" | head -n 1; }

# header NAME FILE: the header's value, unfolded (aerc sends CRLF).
header () {
    tr -d '\r' <"$2" | sed -n '1,/^$/p' | sed -e ':a' -e '$!N; s/\n[ \t]\+/ /; ta' -e 'P; D' \
	| sed -n "s/^$1: *//Ip" | head -n 1
}

# body FILE: the text of a sent message, its transfer encoding undone.
body () {
    perl -MMIME::QuotedPrint -MMIME::Base64 -0777 -ne '
	my ($h, $b) = split /\r?\n\r?\n/, $_, 2;
	$h =~ s/\r?\n[ \t]+/ /g;
	if ($h =~ /^Content-Transfer-Encoding:\s*quoted-printable/im) { $b = decode_qp ($b) }
	elsif ($h =~ /^Content-Transfer-Encoding:\s*base64/im) { $b = decode_base64 ($b) }
	$b =~ s/\r\n/\n/g;
	print $b;' "$1"
}

# The draft tact draft writes for corpus message $1, as compose does.
draft_of () { "$TACT" draft --body-only --now "$NOW" "id:$(message_id "$1")"; }
register_of () {
    "$TACT" draft --format=json --now "$NOW" "id:$(message_id "$1")" | jq -r .register
}

# check_sent_headers NAME SENT MESSAGE: To, Subject and In-Reply-To of the reply
# to corpus MESSAGE.
check_sent_headers () {
    local name=$1 sent=$2 m=$3
    check "$name: To is the customer" sh -c "printf '%s\n' \"\$1\" | grep -qiF '$(address_of "$m")'" \
	sh "$(header To "$sent")"
    check "$name: Subject is Re: and the customer's" \
	test "$(header Subject "$sent")" = "Re: $(subject_of "$m" | sed -E 's/^(re|aw): *//I')"
    check "$name: In-Reply-To is the customer's message" \
	test "$(header In-Reply-To "$sent")" = "<$(message_id "$m")>"
}
