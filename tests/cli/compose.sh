# tact compose: the draft goes between the headers and the quote of the
# reply a mail client wrote, once; the agent's editor runs on the file
# and its exit status is tact's; no failure loses or changes what the
# client wrote; the file is replaced atomically with its permissions.
# tact compose --aerc always exits 0 with a reply body.
. "$top_srcdir/tests/cli/lib.sh"
need jq
make_database
draft_config >"$TEST_DIR/config"
export TZ=Europe/Berlin TACT_CONFIG="$TEST_DIR/config"
unset VISUAL EDITOR TACT_EDITOR
NOW=2026-11-23T10:00:00+01:00
compose () { "$TACT" compose --now "$NOW" --no-lint "$@"; }

# The agent's editor: keeps a copy of what it was shown, appends the
# lines of $TEST_DIR/typed when there are some, exits with $EDITOR_EXIT.
cat >"$TEST_DIR/editor" <<'SH'
#!/bin/sh
for file; do :; done
cp "$file" "$EDITOR_DIR/seen"
echo "$0 $*" >"$EDITOR_DIR/args"
[ -f "$EDITOR_DIR/typed" ] && cat "$EDITOR_DIR/typed" >>"$file"
exit "${EDITOR_EXIT:-0}"
SH
chmod +x "$TEST_DIR/editor"
export EDITOR_DIR="$TEST_DIR" TACT_EDITOR="$TEST_DIR/editor"

message_id () { sed -n 's/^Message-ID: *<\(.*\)>.*/\1/Ip' "$CORPUS/cur/$1" | head -n 1; }
subject_of () { sed -n 's/^Subject: *//Ip' "$CORPUS/cur/$1" | head -n 1; }

# A reply as mutt writes it with edit_headers: headers, a blank line,
# mutt's attribution and the quoted body of corpus message $1.
mutt_reply () {
    local id
    id=$(message_id "$1")
    printf 'From: Dana Reyes <support@ledgerly.example>\n'
    printf 'To: %s\n' "$(sed -n 's/^From: *//p' "$CORPUS/cur/$1" | head -n 1)"
    printf 'Cc: \nBcc: \nSubject: Re: %s\nReply-To: \n' "$(subject_of "$1")"
    printf 'In-Reply-To: <%s>\n\n' "$id"
    mutt_body "$1"
}
mutt_body () {
    printf 'On Mon, Nov 16, 2026 at 02:20:11PM +0200, %s wrote:\n' \
	"$(sed -n 's/^From: *\(.*\) <.*/\1/p' "$CORPUS/cur/$1" | head -n 1)"
    sed '1,/^$/d; s/^/> /' "$CORPUS/cur/$1"
}
body_of () { "$TACT" draft --body-only --now "$NOW" "id:$(message_id "$1")"; }

# 1. The draft between the headers and the attribution; the rest
#    byte for byte; the editor's exit status; permissions kept.
mutt_reply t09-1 >"$TEST_DIR/reply"
cp "$TEST_DIR/reply" "$TEST_DIR/reply.orig"
chmod 640 "$TEST_DIR/reply"
EDITOR_EXIT=7 compose "$TEST_DIR/reply" 2>"$TEST_DIR/err"
check "exit status is the editor's" test $? -eq 7
body_of t09-1 >"$TEST_DIR/body"
{ sed '/^$/q' "$TEST_DIR/reply.orig"; cat "$TEST_DIR/body"; echo; sed '1,/^$/d' "$TEST_DIR/reply.orig"; } \
    >"$TEST_DIR/expected"
same "headers, the draft, a blank line, mutt's attribution and quote" \
    "$TEST_DIR/expected" "$TEST_DIR/seen"
same "the editor edits the file in place" "$TEST_DIR/seen" "$TEST_DIR/reply"
check "nothing on stderr" test ! -s "$TEST_DIR/err"
check "the file keeps its permissions" test "$(stat -c %a "$TEST_DIR/reply")" = 640
check "no temporary file is left" \
    sh -c "! ls -A '$TEST_DIR' | grep -q '^\.reply\.tact-'"
check "the register fits the customer (plain)" \
    test "$("$TACT" draft --format=json --now "$NOW" "id:$(message_id t09-1)" | jq -r .register)" = plain

# 2. Never twice: a second run, a re-edit, a postponed reply whose slot
#    the agent filled in, all leave the file alone.
cp "$TEST_DIR/reply" "$TEST_DIR/drafted"
compose "$TEST_DIR/reply" 2>"$TEST_DIR/err"
same "a second run adds nothing" "$TEST_DIR/drafted" "$TEST_DIR/reply"
check "...and says nothing" test ! -s "$TEST_DIR/err"
sed 's/^\[\[ describe the fix here \]\]$/Open Settings, then Email, and press Resend./' \
    "$TEST_DIR/drafted" >"$TEST_DIR/postponed"
cp "$TEST_DIR/postponed" "$TEST_DIR/postponed.orig"
compose "$TEST_DIR/postponed"
same "a postponed reply with the slot filled in is left alone" \
    "$TEST_DIR/postponed.orig" "$TEST_DIR/postponed"
{ sed '/^$/q' "$TEST_DIR/reply.orig"; echo "Hi Oksana, one quick question first."; echo;
  sed '1,/^$/d' "$TEST_DIR/reply.orig"; } >"$TEST_DIR/started"
cp "$TEST_DIR/started" "$TEST_DIR/started.orig"
compose "$TEST_DIR/started"
same "a reply the agent has begun is left alone" "$TEST_DIR/started.orig" "$TEST_DIR/started"
{ cat "$TEST_DIR/reply.orig"; printf -- '-- \nDana Reyes\nLedgerly Support\n'; } >"$TEST_DIR/signed"
compose "$TEST_DIR/signed"
check "a signature is not the agent's text: the draft goes in" \
    grep -qxF '[[ describe the fix here ]]' "$TEST_DIR/signed"

# 3. References when there is no In-Reply-To; the quote alone when
#    there are neither (aerc 0.14, mutt without edit_headers).
mutt_reply t07-1 | sed "s/^In-Reply-To: .*/References: <x@y.example> <$(message_id t07-1)>/" \
    >"$TEST_DIR/refs"
compose "$TEST_DIR/refs"
body_of t07-1 >"$TEST_DIR/body"
check "References: the draft for the last message named" \
    sh -c "sed -n '/^\$/,\$p' '$TEST_DIR/refs' | sed 1d | head -n \$(wc -l <'$TEST_DIR/body') | cmp -s - '$TEST_DIR/body'"
mutt_body t09-1 >"$TEST_DIR/bare"
cp "$TEST_DIR/bare" "$TEST_DIR/bare.orig"
compose "$TEST_DIR/bare"
{ body_of t09-1; echo; cat "$TEST_DIR/bare.orig"; } >"$TEST_DIR/expected"
same "no headers: the quote finds the message in notmuch" "$TEST_DIR/expected" "$TEST_DIR/bare"
cp "$TEST_DIR/bare.orig" "$TEST_DIR/bare"
NOTMUCH_CONFIG="$TEST_DIR/gone" compose "$TEST_DIR/bare" 2>"$TEST_DIR/err"
check "no headers and no database: a draft from the quote alone" \
    sh -c "head -n 1 '$TEST_DIR/bare' | grep -qx '[A-Za-z]* Oksana,' && grep -qxF '[[ describe the fix here ]]' '$TEST_DIR/bare'"
check "...with the quote after it" sh -c "tail -n \$(wc -l <'$TEST_DIR/bare.orig') '$TEST_DIR/bare' | cmp -s - '$TEST_DIR/bare.orig'"
sed '/^$/,$d' "$TEST_DIR/reply.orig" >"$TEST_DIR/headers"
compose "$TEST_DIR/headers"
{ sed '/^$/,$d' "$TEST_DIR/reply.orig"; echo; body_of t09-1; } >"$TEST_DIR/expected"
same "headers and no body (include=no): the draft after a blank line" \
    "$TEST_DIR/expected" "$TEST_DIR/headers"
printf 'To: someone@example.com\nSubject: hello\n\nA new message.\n' >"$TEST_DIR/new"
cp "$TEST_DIR/new" "$TEST_DIR/new.orig"
compose "$TEST_DIR/new" 2>"$TEST_DIR/err"
same "not a reply: left alone" "$TEST_DIR/new.orig" "$TEST_DIR/new"
check "...silently" test ! -s "$TEST_DIR/err"
check "...and the editor still opens" test -s "$TEST_DIR/seen"

# 4. Failures: the editor opens on the client's reply with one line on
#    top that says why; the line is gone once the editor returns, and
#    an untouched reply keeps its times (mutt sees it unmodified).
# expect_notice NAME PATTERN [ENV=VALUE...]: compose fails to draft.
expect_notice () {
    local name=$1 pattern=$2
    shift 2
    cp "$TEST_DIR/reply.orig" "$TEST_DIR/reply"
    touch -d '2026-01-01 12:00:00' "$TEST_DIR/reply"
    rm -f "$TEST_DIR/seen"
    env "$@" "$TACT" compose --now "$NOW" --no-lint "$TEST_DIR/reply" >"$TEST_DIR/out" 2>"$TEST_DIR/err"
    local code=$?
    if [ "$code" -eq 0 ] && [ "$(head -c 15 "$TEST_DIR/seen")" = "# tact: no draf" ] \
	&& head -n 1 "$TEST_DIR/seen" | grep -q -- "$pattern" \
	&& tail -n +2 "$TEST_DIR/seen" | cmp -s - "$TEST_DIR/reply.orig"; then
	ok "$name: the editor shows the client's reply under one line saying why"
    else
	not_ok "$name: the editor shows the client's reply under one line saying why" \
	    "exit $code" "$(head -n 3 "$TEST_DIR/seen" 2>&1)" "$(cat "$TEST_DIR/err")"
    fi
    if [ "$(wc -l <"$TEST_DIR/err")" -eq 1 ] && grep -q "^tact: no draft: .*$pattern" "$TEST_DIR/err"; then
	ok "$name: one line on the terminal"
    else
	not_ok "$name: one line on the terminal" "$(cat "$TEST_DIR/err")"
    fi
    if cmp -s "$TEST_DIR/reply" "$TEST_DIR/reply.orig" \
	&& [ "$(stat -c %Y "$TEST_DIR/reply")" = "$(date -d '2026-01-01 12:00:00' +%s)" ]; then
	ok "$name: afterwards the file is the client's, times and all"
    else
	not_ok "$name: afterwards the file is the client's, times and all" \
	    "$(diff "$TEST_DIR/reply.orig" "$TEST_DIR/reply")" "$(stat -c %y "$TEST_DIR/reply")"
    fi
}
mkdir -p "$TEST_DIR/broken"
printf 'move: greeting\nregister: nonsense\n---\nHello {{customer.first_name}},\n' \
    >"$TEST_DIR/broken/greeting-neutral-9.tmpl"
{ draft_config; printf '[templates]\nfolders=%s\n' "$TEST_DIR/broken"; } >"$TEST_DIR/broken-config"
expect_notice "templates folder broken" "greeting-neutral-9.tmpl:2" TACT_CONFIG="$TEST_DIR/broken-config"
expect_notice "database gone" "notmuch" NOTMUCH_CONFIG="$TEST_DIR/no-such-config"
printf '[hours]\nopens=soon\n' >"$TEST_DIR/bad-config"
expect_notice "a bad config file" "bad-config:2" TACT_CONFIG="$TEST_DIR/bad-config"
mutt_reply t09-1 | sed 's/^In-Reply-To: .*/In-Reply-To: <not-here@nowhere.example>/' \
    >"$TEST_DIR/reply.orig"
expect_notice "message not in the database" "not-here@nowhere.example"
mutt_reply t09-1 >"$TEST_DIR/reply.orig"
shim="$top_builddir/tests/cli/.libs/crash-draft.so"
if [ -f "$shim" ]; then
    expect_notice "a crash in drafting" "crashed" LD_PRELOAD="$shim" \
	ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0"
else
    not_ok "the crash shim is built" "$shim"
fi
cp "$TEST_DIR/reply.orig" "$TEST_DIR/reply"
echo "Thanks for waiting, Oksana." >"$TEST_DIR/typed"
TACT_CONFIG="$TEST_DIR/broken-config" compose "$TEST_DIR/reply" 2>/dev/null
{ cat "$TEST_DIR/reply.orig"; cat "$TEST_DIR/typed"; } >"$TEST_DIR/expected"
same "the agent's edits stay, the notice goes" "$TEST_DIR/expected" "$TEST_DIR/reply"
rm -f "$TEST_DIR/typed"
# A reply changed within the second the client wrote it must still look
# changed to the client, which compares whole seconds: its time moves
# past the client's; but never ahead of the clock, or mutt asks before
# sending whether to update the "modified attachment".  First a client
# that wrote the file in this second, then one whose time is ahead of
# the clock (then the second after it is the best there is).
for config in "$TEST_DIR/config" "$TEST_DIR/broken-config"; do
    for ahead in 0 100; do
	cp "$TEST_DIR/reply.orig" "$TEST_DIR/reply"
	written=$(($(date +%s) + ahead))
	touch -d "@$written" "$TEST_DIR/reply"
	echo "Thanks for waiting, Oksana." >"$TEST_DIR/typed"
	TACT_CONFIG="$config" compose "$TEST_DIR/reply" 2>/dev/null
	changed=$(stat -c %Y "$TEST_DIR/reply")
	check "$(basename "$config"), client $ahead s ahead: a reply changed in the client's second looks changed" \
	    test "$changed" -gt "$written"
	if [ "$ahead" = 0 ]; then
	    check "$(basename "$config"): a reply's time is not ahead of the clock" \
		test "$changed" -le "$(date +%s)"
	fi
	rm -f "$TEST_DIR/typed"
    done
done

# 5. The editor: $TACT_EDITOR, else $VISUAL, else $EDITOR; never tact
#    itself; an editor with arguments; the file name is not shell code.
cp "$TEST_DIR/reply.orig" "$TEST_DIR/reply"
TACT_EDITOR= VISUAL="$TEST_DIR/editor --visual" EDITOR=false compose "$TEST_DIR/reply"
check "\$VISUAL, with its arguments" grep -q -- "--visual $TEST_DIR/reply\$" "$TEST_DIR/args"
TACT_EDITOR="tact compose" VISUAL= EDITOR="$TEST_DIR/editor --editor" compose "$TEST_DIR/reply"
check "never tact itself: then \$EDITOR" grep -q -- "--editor $TEST_DIR/reply\$" "$TEST_DIR/args"
weird="$TEST_DIR/re \$(touch pwned); \`touch pwned\`"
cp "$TEST_DIR/reply.orig" "$weird"
(cd "$TEST_DIR" && compose "$weird")
check "a file name with shell syntax is only a name" \
    sh -c "test ! -e '$TEST_DIR/pwned' && grep -qxF '[[ describe the fix here ]]' \"\$1\"" sh "$weird"
TACT_COMPOSE_FILE="$TEST_DIR/reply" compose "$TEST_DIR/reply" 2>"$TEST_DIR/err"
check "run again from its own editor on the same file: refuses" test $? -eq 1
check "...saying so" grep -q "runs tact compose again" "$TEST_DIR/err"
"$TACT" compose 2>"$TEST_DIR/err"
check "no file: a usage error" test $? -eq 1

# 6. aerc: the original on standard input; always exit 0.
aerc_input () {
    printf 'From: %s\nDate: %s\nSubject: Re: %s\n\n' \
	"$(sed -n 's/^From: *//p' "$CORPUS/cur/$1" | head -n 1)" \
	"$(sed -n 's/^Date: *//p' "$CORPUS/cur/$1" | head -n 1)" "$(subject_of "$1")"
    sed '1,/^$/d' "$CORPUS/cur/$1"
}
aerc_input t09-1 >"$TEST_DIR/aerc.in"
compose --aerc <"$TEST_DIR/aerc.in" >"$TEST_DIR/aerc.out" 2>"$TEST_DIR/err"
check "--aerc: exit 0" test $? -eq 0
{ body_of t09-1; echo; "$TACT" draft --now "$NOW" "id:$(message_id t09-1)" | sed '1,/^$/d' \
    | tail -n +"$(($(body_of t09-1 | wc -l) + 2))"; } >"$TEST_DIR/expected"
same "--aerc: the thread from notmuch: the draft, then notmuch's quote" \
    "$TEST_DIR/expected" "$TEST_DIR/aerc.out"
NOTMUCH_CONFIG="$TEST_DIR/no-such-config" compose --aerc <"$TEST_DIR/aerc.in" >"$TEST_DIR/aerc.out"
check "--aerc, no database: drafted from the message alone" \
    sh -c "head -n 1 '$TEST_DIR/aerc.out' | grep -qx '[A-Za-z]* Oksana,' && grep -q '^> I am write to you' '$TEST_DIR/aerc.out'"
TACT_CONFIG="$TEST_DIR/broken-config" compose --aerc <"$TEST_DIR/aerc.in" >"$TEST_DIR/aerc.out" 2>"$TEST_DIR/err"
check "--aerc, broken templates: exit 0" test $? -eq 0
{ sed -n '1s/^\(# tact: no draft: \).*greeting-neutral-9.tmpl.*\[delete this line\]$/\1/p' "$TEST_DIR/aerc.out"
  sed -n 2,3p "$TEST_DIR/aerc.out"; } >"$TEST_DIR/head"
printf '# tact: no draft: \n\nOn %s, %s wrote:\n' "$(sed -n 's/^Date: //p' "$TEST_DIR/aerc.in")" \
    "$(sed -n 's/^From: //p' "$TEST_DIR/aerc.in")" >"$TEST_DIR/expected"
same "--aerc, broken templates: one line saying why over the plain quote" \
    "$TEST_DIR/expected" "$TEST_DIR/head"
{ sed '1,/^$/d; s/^/> /' "$TEST_DIR/aerc.in"; } >"$TEST_DIR/expected"
tail -n +4 "$TEST_DIR/aerc.out" >"$TEST_DIR/quote"
same "--aerc, broken templates: the whole original, quoted" "$TEST_DIR/expected" "$TEST_DIR/quote"
if [ -f "$shim" ]; then
    LD_PRELOAD="$shim" ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0" \
	compose --aerc <"$TEST_DIR/aerc.in" >"$TEST_DIR/aerc.out" 2>/dev/null
    check "--aerc, a crash in drafting: exit 0, the notice and the quote" \
	sh -c "test \$? -eq 0 && head -n 1 '$TEST_DIR/aerc.out' | grep -q '^# tact: no draft: drafting crashed' && tail -n +4 '$TEST_DIR/aerc.out' | cmp -s - '$TEST_DIR/expected'"
fi
compose --aerc </dev/null >"$TEST_DIR/aerc.out"
check "--aerc, nothing on standard input: exit 0, empty" \
    sh -c "test \$? -eq 0 && test ! -s '$TEST_DIR/aerc.out'"

# 7. tact setup prints the lines to add, with the installed snippets.
"$TACT" setup mutt >"$TEST_DIR/out"
check "setup mutt: a source line" grep -q '^source .*/plugin/mutt/tact.muttrc$' "$TEST_DIR/out"
"$TACT" setup neomutt >"$TEST_DIR/out"
check "setup neomutt: the same snippet" grep -q '^source .*/plugin/mutt/tact.muttrc$' "$TEST_DIR/out"
"$TACT" setup aerc >"$TEST_DIR/out"
check "setup aerc: the template folder and the key" \
    sh -c "grep -q '^template-dirs=.*/plugin/aerc\$' '$TEST_DIR/out' && grep -qF 'E = :reply -a -q -T tact<Enter>' '$TEST_DIR/out'"
"$TACT" setup thunderbird 2>"$TEST_DIR/err"
check "setup of an unknown client: a usage error" test $? -eq 1

# 8. The lint after the editor, not on a terminal: the findings on
#    stderr, the editor's exit status, the file as the editor left it.
mutt_reply t01-1 >"$TEST_DIR/reply"
printf 'As I already said, you should have checked the spam folder.\n' >"$TEST_DIR/typed"
"$TACT" compose --now "$NOW" "$TEST_DIR/reply" </dev/null >"$TEST_DIR/out" 2>"$TEST_DIR/err"
check "lint, no terminal: the editor's exit status" test $? -eq 0
check "lint, no terminal: the findings on stderr" grep -Eq '^tact lint: [0-9]+ findings? in the reply$' \
    "$TEST_DIR/err"
check "lint, no terminal: the unfilled slot among them" \
    grep -q '^reply:[0-9]*:1: error: the slot \[\[ describe the fix here \]\] is not filled in \[unfilled\]$' \
    "$TEST_DIR/err"
{ cat "$TEST_DIR/seen" "$TEST_DIR/typed"; } >"$TEST_DIR/expected"
same "lint, no terminal: the file is as the editor left it" "$TEST_DIR/expected" "$TEST_DIR/reply"
check "lint, no terminal: no question asked" sh -c "! grep -q 'Edit the reply again' '$TEST_DIR/err' '$TEST_DIR/out'"
EDITOR_EXIT=3 "$TACT" compose --now "$NOW" "$TEST_DIR/reply" </dev/null >/dev/null 2>&1
check "lint: the exit status stays the editor's" test $? -eq 3
rm -f "$TEST_DIR/typed"
done_testing
