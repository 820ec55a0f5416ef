# mutt-common.sh - the test of plugin/mutt/tact.muttrc in the real
# client, sourced by mutt.sh and neomutt.sh with CLIENT set: E on a
# customer's message gives the drafted reply in the editor and the sent
# message is right; with the templates broken or the database gone the
# agent gets the client's own reply, untouched, under one line saying
# why, and that line is not sent; the macro puts the settings back;
# with tact compose as the editor for everything (neomutt), a re-edit
# and a recalled postponed reply keep the one draft.
. "$top_srcdir/tests/clients/lib.sh"
need_client "$CLIENT"
need jq
setup_world

case $CLIENT in
mutt)
    # a formal customer, answered from the index; the agent keeps
    # mutt's defaults (no edit_headers, prompts), which E must restore
    M=t08-3 REGISTER=formal AGENT_SETTINGS="" ;;
neomutt)
    # a casual customer, answered from the pager; the agent edits
    # headers and skips prompts, so a plain reply can be compared
    M=t07-1 REGISTER=casual AGENT_SETTINGS="set edit_headers fast_reply include=yes" ;;
esac
make_maildir "$TEST_DIR/inbox" "$M"
cat >"$TEST_DIR/muttrc" <<RC
set folder="$TEST_DIR/inbox" spoolfile="$TEST_DIR/inbox" mbox_type=Maildir
set from="Dana Reyes <support@ledgerly.example>" use_from
alternates '^(support@ledgerly|help@pixelforge|dana\.reyes@ledgerly|dana@tidewater-hosting)\.example\$'
set sendmail="$TEST_DIR/bin/sendmail" record="" copy=no
set editor="tact-test-editor --agent"
set charset=utf-8 send_charset=utf-8 sleep_time=0 wait_key=no beep=no
$AGENT_SETTINGS
source "$top_srcdir/plugin/mutt/tact.muttrc"
RC
subject_words=$(subject_of "$M" | sed 's/^RE: //' | cut -c1-20)
quote_line=$(body "$CORPUS/cur/$M" | grep -m1 -E '^[A-Za-z].{30}')

start_client "$CLIENT -n -F $TEST_DIR/muttrc"
wait_screen "$CLIENT lists the customer's message" "$subject_words" || done_testing
if [ "$CLIENT" = neomutt ]; then
    keys Enter
    wait_screen "the message is open in the pager" "i:Exit" || done_testing
fi
n=0

# reply KEY NAME: press KEY, wait for the editor, send with y.
reply () {
    keys "$1"
    n=$((n + 1))
    wait_file "$2: the editor opens" "$TEST_DIR/seen/$n" || done_testing
}
send () {
    local count
    count=$(ls "$TEST_DIR/sent" | wc -l)
    wait_screen "$1: the compose menu" "y:Send" || done_testing
    keys y
    answer_update_encoding "$TEST_DIR/sent/$((count + 1))"
    wait_file "$1: the reply is sent" "$TEST_DIR/sent/$((count + 1))" || done_testing
    sent="$TEST_DIR/sent/$((count + 1))"
}
# answer_update_encoding FILE: until FILE is sent, answer mutt's
# "Attachment #1 modified. Update encoding?" with its default, yes, as
# an agent would.  mutt asks it when its own rewrite of the reply after
# the editor ($edit_headers) gets a second its clock has not reached
# yet (doc/QUIRKS.md); tact makes that rare, not impossible.
answer_update_encoding () {
    local end=$(($(date +%s) + WAIT_SECONDS))
    while [ ! -e "$1" ] && [ "$(date +%s)" -le "$end" ]; do
	if screen | grep -q "Update encoding for"; then
	    echo "# mutt asked whether to update the encoding; answered yes"
	    keys y
	    return
	fi
	sleep 0.1
    done
}

# 0. neomutt: the client's own reply, as the agent's editor gets it
#    from a plain group reply (unmodified, so neomutt drops it).
if [ "$CLIENT" = neomutt ]; then
    reply g "a plain reply"
    own="$TEST_DIR/seen/$n"
    wait_screen "a plain reply left unmodified is aborted" "Aborted unmodified message" || done_testing
fi

# 1. E: the draft between the headers and the quote; sent as seen.
reply E "E"
seen="$TEST_DIR/seen/$n"
send "E"
draft_of "$M" >"$TEST_DIR/draft"
lines=$(wc -l <"$TEST_DIR/draft")
sed '1,/^$/d' "$seen" | head -n "$lines" >"$TEST_DIR/got"
same "E: the editor shows tact's draft right after the headers" "$TEST_DIR/draft" "$TEST_DIR/got"
check "E: the editor's file names the message answered" \
    grep -qx "In-Reply-To: <$(message_id "$M")>" "$seen"
sed '1,/^$/d' "$seen" | tail -n +"$((lines + 1))" >"$TEST_DIR/rest"
check "E: a blank line, then the client's attribution" \
    sh -c "sed -n 1p '$TEST_DIR/rest' | grep -qx '' && sed -n 2p '$TEST_DIR/rest' | grep -q 'wrote:\$'"
if [ "$CLIENT" = mutt ]; then
    body "$CORPUS/cur/$M" | sed 's/^/> /' >"$TEST_DIR/quote"
    tail -n +3 "$TEST_DIR/rest" >"$TEST_DIR/got"
    same "E: then the client's quote of the whole message" "$TEST_DIR/quote" "$TEST_DIR/got"
else
    { sed '/^$/q' "$own"; cat "$TEST_DIR/draft"; echo; sed '1,/^$/d' "$own"; } >"$TEST_DIR/expected"
    same "E: the file is the client's own reply with the draft put in" "$TEST_DIR/expected" "$seen"
fi
check_sent_headers "sent" "$sent" "$M"
body "$sent" >"$TEST_DIR/sent-body"
sed '1,/^$/d' "$seen" >"$TEST_DIR/seen-body"
same "sent: the body is what the agent saw" "$TEST_DIR/seen-body" "$TEST_DIR/sent-body"
above_quote () {
    local slot quote
    slot=$(grep -n -m1 -xF '[[ describe the fix here ]]' "$1" | cut -d: -f1)
    quote=$(grep -n -m1 -xF "> $quote_line" "$1" | cut -d: -f1)
    [ -n "$slot" ] && [ -n "$quote" ] && [ "$slot" -lt "$quote" ]
}
check "sent: the draft sits above the quote" above_quote "$TEST_DIR/sent-body"
check "sent: the register fits the customer ($REGISTER)" test "$(register_of "$M")" = "$REGISTER"
check "sent: the greeting is the draft's" \
    test "$(head -n 1 "$TEST_DIR/sent-body")" = "$(head -n 1 "$TEST_DIR/draft")"

# 2. The macro puts the editor and the settings back.
keys ':set ?editor' Enter
wait_screen "afterwards \$editor is the agent's again" 'editor="?tact-test-editor --agent'
keys ':set ?include' Enter
if [ "$CLIENT" = mutt ]; then
    wait_screen "afterwards \$include is the agent's again" 'include="?ask-yes'
    keys ':set ?edit_headers' Enter
    wait_screen "afterwards \$edit_headers is the agent's again" 'edit_headers is unset|noedit_headers'
else
    wait_screen "afterwards \$include is the agent's again" 'include="?yes'
fi

# 3. Failures: the client's reply, untouched, under the notice; what
#    the agent types is sent, the notice is not.
{ sed '/^$/q' "$seen"; sed '1,/^$/d' "$seen" | tail -n +"$((lines + 2))"; } >"$TEST_DIR/client-reply"
echo "Thank you for your patience." >"$TEST_DIR/typed"
failure () {
    local name=$1 pattern=$2
    reply E "$name"
    local shown="$TEST_DIR/seen/$n"
    send "$name"
    check "$name: the first line says why" \
	sh -c "head -n 1 '$shown' | grep -q '^# tact: no draft: .*$pattern'"
    tail -n +2 "$shown" >"$TEST_DIR/got"
    same "$name: under it, the client's own reply, untouched" "$TEST_DIR/client-reply" "$TEST_DIR/got"
    check_sent_headers "$name, sent" "$sent" "$M"
    { sed '1,/^$/d' "$TEST_DIR/client-reply"; cat "$TEST_DIR/typed"; } >"$TEST_DIR/expected"
    body "$sent" >"$TEST_DIR/got"
    same "$name, sent: the client's reply and what the agent typed, no notice" \
	"$TEST_DIR/expected" "$TEST_DIR/got"
}
use_broken_templates
failure "templates broken" "greeting-neutral-9.tmpl"
use_good_templates
remove_database
failure "database gone" "notmuch"
restore_database
rm -f "$TEST_DIR/typed"
if [ "$CLIENT" = neomutt ]; then
    same "neomutt: the client's reply is the plain reply's" "$own" "$TEST_DIR/client-reply"
fi

# 4. neomutt, with tact compose as the editor for every message: a
#    re-edit from the compose menu and a postponed reply recalled and
#    edited again keep the one draft.
if [ "$CLIENT" = neomutt ]; then
    keys ':set editor="tact compose" postponed="'"$TEST_DIR/postponed"'"' Enter
    reply g "editor tact compose"
    first="$TEST_DIR/seen/$n"
    check "editor tact compose: the reply is drafted" grep -qxF '[[ describe the fix here ]]' "$first"
    wait_screen "editor tact compose: the compose menu" "y:Send" || done_testing
    keys e
    n=$((n + 1))
    wait_file "a re-edit: the editor opens" "$TEST_DIR/seen/$n" || done_testing
    same "a re-edit: no second draft" "$first" "$TEST_DIR/seen/$n"
    keys P
    wait_file "the reply is postponed" "$TEST_DIR/postponed" || done_testing
    keys R
    wait_screen "the postponed reply is recalled" "y:Send" || done_testing
    keys e
    n=$((n + 1))
    wait_file "recalled: the editor opens" "$TEST_DIR/seen/$n" || done_testing
    sed '1,/^$/d' "$first" >"$TEST_DIR/expected"
    sed '1,/^$/d' "$TEST_DIR/seen/$n" >"$TEST_DIR/got"
    same "recalled: no second draft" "$TEST_DIR/expected" "$TEST_DIR/got"
    send "recalled"
    check "recalled, sent: one draft" \
	test "$(body "$sent" | grep -cxF '[[ describe the fix here ]]')" -eq 1
    keys ':set editor="tact-test-editor --agent"' Enter
fi

# 5. The lint after the editor: the findings on the terminal and the
#    offer to edit again (yes by default, as there is an error); the
#    agent edits once more, then sends as is: nothing is changed by it.
touch "$TEST_DIR/lint-on"
printf 'As I already said, you should have checked the settings.' >"$TEST_DIR/fill-slot"
reply E "lint"
wait_screen "lint: the findings are shown after the editor" "tact lint: [0-9]+ findings? in the reply" \
    || done_testing
wait_screen "lint: the blame is named, with its line" "reply:[0-9]+:[0-9]+: error: .*blame" || done_testing
wait_screen "lint: an error makes edit-again the default" "Edit the reply again\\? \\[Y/n\\]" || done_testing
rm -f "$TEST_DIR/fill-slot"
keys Enter
n=$((n + 1))
wait_file "lint: Enter opens the editor again" "$TEST_DIR/seen/$n" || done_testing
wait_screen "lint: asked again after the second edit" "Edit the reply again" || done_testing
keys n Enter
send "lint"
body "$sent" >"$TEST_DIR/sent-body"
check "lint, sent: the agent's words go as they wrote them" \
    grep -qxF 'As I already said, you should have checked the settings.' "$TEST_DIR/sent-body"
check "lint, sent: the slot was filled once" \
    test "$(grep -c 'describe the fix here' "$TEST_DIR/sent-body")" -eq 0
rm -f "$TEST_DIR/lint-on"
done_testing
