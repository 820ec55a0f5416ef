# aerc 0.14 with plugin/aerc/tact and plugin/aerc/binds.conf: E on a
# customer's message drafts the reply through the template (the thread
# from notmuch, found by sender and date), the agent's editor gets it
# and the sent message is right; with the templates broken the agent
# gets the plain quote under one line saying why; with the database
# gone, and for a message notmuch does not have, the draft comes from
# the message alone; a subject full of shell syntax runs nothing.
. "$top_srcdir/tests/clients/lib.sh"
need_client aerc
need jq
setup_world

M=t09-1 REGISTER=plain
make_maildir "$TEST_DIR/aerc-mail/INBOX" "$M"
mkdir -p "$TEST_DIR/aerc-mail/Other/cur" "$TEST_DIR/aerc-mail/Other/new" "$TEST_DIR/aerc-mail/Other/tmp"
cat >"$TEST_DIR/aerc-mail/Other/cur/evil:2,S" <<MAIL
Date: Sat, 21 Nov 2026 18:05:00 +0100
From: Pat Lindgren <pat@lindgren-studio.example>
To: support@ledgerly.example
Subject: Refund \$(touch $TEST_DIR/pwned) \`touch $TEST_DIR/pwned\` '; touch $TEST_DIR/pwned
Message-ID: <evil-1@lindgren-studio.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Hi,

I tried to cancel my plan twice but the page keeps showing an error.
Can you help me with the refund?

Pat
MAIL
config="$TEST_DIR/xdg/aerc"
mkdir -p "$config"
cat >"$config/accounts.conf" <<CONF
[support]
source = maildir://$TEST_DIR/aerc-mail
outgoing = $TEST_DIR/bin/sendmail
default = INBOX
from = Dana Reyes <support@ledgerly.example>
aliases = help@pixelforge.example, dana.reyes@ledgerly.example
copy-to =
CONF
chmod 600 "$config/accounts.conf"
cat >"$config/aerc.conf" <<CONF
[compose]
editor = tact-test-editor --agent
[templates]
template-dirs = $top_srcdir/plugin/aerc
CONF
{ cat "$top_srcdir/plugin/aerc/binds.conf"; printf '\n[compose::review]\ny = :send<Enter>\n'; } \
    >"$config/binds.conf"
export XDG_CONFIG_HOME="$TEST_DIR/xdg"

start_client "aerc"
wait_screen "aerc lists the customer's message" "Invoice not arrive" || done_testing
n=0
reply () {
    keys E
    n=$((n + 1))
    wait_file "$1: the editor opens" "$TEST_DIR/seen/$n" || done_testing
    seen="$TEST_DIR/seen/$n"
}
send () {
    local count
    count=$(ls "$TEST_DIR/sent" | wc -l)
    wait_screen "$1: the review screen" "Send this email" || done_testing
    keys y
    wait_file "$1: the reply is sent" "$TEST_DIR/sent/$((count + 1))" || done_testing
    sent="$TEST_DIR/sent/$((count + 1))"
    wait_gone "$1: back to the messages" "Send this email" || done_testing
}

# 1. E: the draft, a blank line, notmuch's quote of the message.
reply "E"
send "E"
draft_of "$M" >"$TEST_DIR/draft"
lines=$(wc -l <"$TEST_DIR/draft")
{ cat "$TEST_DIR/draft"; echo
  "$TACT" draft --now "$NOW" "id:$(message_id "$M")" | sed '1,/^$/d' | tail -n +"$((lines + 2))"; } \
    >"$TEST_DIR/expected"
same "E: the editor shows the draft, then the quote" "$TEST_DIR/expected" "$seen"
check_sent_headers "sent" "$sent" "$M"
body "$sent" >"$TEST_DIR/sent-body"
same "sent: the body is what the agent saw" "$seen" "$TEST_DIR/sent-body"
check "sent: the draft sits above the quote" sh -c "
    slot=\$(grep -n -m1 -xF '[[ describe the fix here ]]' '$TEST_DIR/sent-body' | cut -d: -f1)
    quote=\$(grep -n -m1 '^> I am write to you' '$TEST_DIR/sent-body' | cut -d: -f1)
    [ -n \"\$slot\" ] && [ -n \"\$quote\" ] && [ \"\$slot\" -lt \"\$quote\" ]"
check "sent: the register fits the customer ($REGISTER)" test "$(register_of "$M")" = "$REGISTER"

# 2. Templates broken: the plain quote under one line saying why; the
#    agent deletes the line, types, sends.
use_broken_templates
echo "Thank you for your patience." >"$TEST_DIR/typed"
: >"$TEST_DIR/delete-notice"
reply "templates broken"
send "templates broken"
check "templates broken: the first line says why" \
    sh -c "head -n 1 '$seen' | grep -q '^# tact: no draft: .*greeting-neutral-9.tmpl.*\[delete this line\]\$'"
{ echo; printf 'On %s, %s wrote:\n' "$(sed -n 's/^Date: //p' "$CORPUS/cur/$M" | head -n 1)" \
      "\"Oksana Melnyk\" <$(address_of "$M")>"
  body "$CORPUS/cur/$M" | sed 's/^/> /'; } >"$TEST_DIR/expected"
tail -n +2 "$seen" >"$TEST_DIR/got"
same "templates broken: under it, the plain quote of the whole message" "$TEST_DIR/expected" "$TEST_DIR/got"
check_sent_headers "templates broken, sent" "$sent" "$M"
{ cat "$TEST_DIR/expected" "$TEST_DIR/typed"; } >"$TEST_DIR/expected-sent"
body "$sent" >"$TEST_DIR/got"
same "templates broken, sent: the quote and what the agent typed" "$TEST_DIR/expected-sent" "$TEST_DIR/got"
use_good_templates
rm -f "$TEST_DIR/typed" "$TEST_DIR/delete-notice"

# 3. Database gone: a draft from the message alone.
remove_database
reply "database gone"
send "database gone"
check "database gone: still a draft, for Oksana" \
    sh -c "head -n 1 '$seen' | grep -q 'Oksana,\$' && grep -qxF '[[ describe the fix here ]]' '$seen'"
check "database gone: the quote follows" grep -q '^> I am write to you' "$seen"
restore_database

# 4. A message notmuch does not have, with shell syntax in its subject.
keys ':cf Other' Enter
wait_screen "the other folder" "Refund" || done_testing
reply "shell syntax in the subject"
send "shell syntax in the subject"
check "shell syntax in the subject: nothing ran" test ! -e "$TEST_DIR/pwned"
check "shell syntax in the subject: a draft for Pat from the message alone" \
    sh -c "head -n 1 '$seen' | grep -q 'Pat,\$' && grep -qxF '[[ describe the fix here ]]' '$seen'"
check "shell syntax in the subject: sent with the subject as written" test "$(header Subject "$sent")" = \
    "Re: Refund \$(touch $TEST_DIR/pwned) \`touch $TEST_DIR/pwned\` '; touch $TEST_DIR/pwned"
done_testing
