# tact templates list | show | lint, template and config errors as
# `tact draft` reports them, and drafts that must not let a customer's
# words act as template syntax or as mail headers.
. "$top_srcdir/tests/cli/lib.sh"

export TZ=Europe/Berlin
export TACT_DICTIONARY=/usr/share/hunspell/en_US
export XDG_CONFIG_HOME="$TEST_DIR/xdg"
unset TACT_CONFIG
NOW=2026-11-23T10:00:00+01:00
BUILTIN="$top_srcdir/templates/en"
PERSONAL="$XDG_CONFIG_HOME/tact/templates"
TEAM="$TEST_DIR/team"
mkdir -p "$XDG_CONFIG_HOME"
have_dictionary=false
[ -f "$TACT_DICTIONARY.dic" ] && have_dictionary=true

# The agent's identity, so that reply headers do not depend on the host.
cat >"$TEST_DIR/notmuch-config" <<'CONFIG'
[user]
name=Dana Reyes
primary_email=support@ledgerly.example
CONFIG
export NOTMUCH_CONFIG="$TEST_DIR/notmuch-config"

# run ARGS...: tact with stdout in out, stderr in err, the status in $rc.
run () {
    "$TACT" "$@" >"$TEST_DIR/out" 2>"$TEST_DIR/err" </dev/null
    rc=$?
}

# is NAME WANT GOT: one test point comparing two strings.
is () {
    if [ "$2" = "$3" ]; then ok "$1"; else not_ok "$1" "expected: $2" "got:      $3"; fi
}

# lacks PATTERN FILE: FILE has no line matching PATTERN.
lacks () { ! grep -q -- "$1" "$2"; }

# one_error_line NAME: stderr is exactly one line starting "tact: ".
one_error_line () {
    if [ "$(wc -l <"$TEST_DIR/err")" -eq 1 ] && grep -q '^tact: ' "$TEST_DIR/err"; then
	ok "$1: one line on stderr"
    else
	not_ok "$1: one line on stderr" "$(cat "$TEST_DIR/err")"
    fi
}

# --- list: the built-in layer ---

run templates list
is "templates list exits 0" 0 "$rc"
tail -n +2 "$TEST_DIR/out" | awk '{ print $1 }' | sort >"$TEST_DIR/listed"
for f in "$BUILTIN"/*.tmpl; do basename "$f" .tmpl; done | sort >"$TEST_DIR/files"
files=$(wc -l <"$TEST_DIR/files")
check "there are built-in templates to list" test "$files" -gt 20
is "list shows one line per templates/en/*.tmpl file" "$files" "$(wc -l <"$TEST_DIR/listed")"
same "list names exactly the templates/en files" "$TEST_DIR/files" "$TEST_DIR/listed"
is "every built-in template's layer is built-in" "built-in" \
    "$(tail -n +2 "$TEST_DIR/out" | awk '{ print $NF }' | sort -u)"
check "list has a header line naming the columns" \
    grep -Eq '^NAME +MOVE +REGISTER +WHEN +LAYER$' "$TEST_DIR/out"
check "the general neutral greeting: move greeting, register neutral, no when" \
    grep -Eq '^greeting-neutral-1 +greeting +neutral +- +built-in$' "$TEST_DIR/out"

# --- show: the built-in layer ---

bad_show=0
for f in "$BUILTIN"/*.tmpl; do
    "$TACT" templates show "$(basename "$f" .tmpl)" >"$TEST_DIR/show" 2>"$TEST_DIR/err" \
	&& cmp -s "$f" "$TEST_DIR/show" || { bad_show=$((bad_show + 1)); echo "# show differs: $f"; }
done
is "templates show prints every built-in file byte for byte" 0 "$bad_show"

# --- list: team and personal layers ---

mkdir -p "$TEAM" "$PERSONAL"
printf 'move: greeting\nregister: neutral\n---\nHello from the team, {{customer.first_name|there}},\n' \
    >"$TEAM/greeting-neutral-1.tmpl"
printf 'move: solve\nregister: any\nwhen: question\n---\nTeam answer:\n\n[[ describe the fix here ]]\n' \
    >"$TEAM/solve-team-1.tmpl"
printf '# mine\nmove: greeting\nregister: neutral casual\n---\nHowdy {{customer.first_name|there}},\n' \
    >"$PERSONAL/greeting-neutral-1.tmpl"
printf 'move: signoff\nregister: formal\n---\nRegards,\n{{agent.name}}\n' \
    >"$PERSONAL/signoff-formal-1.tmpl"
cat >"$TEST_DIR/team-config" <<CONFIG
# the team's folder
[templates]
folders=$TEAM
CONFIG

# layer_of NAME: what the list line of NAME says after the WHEN column.
layer_of () {
    awk -v n="$1" '$1 == n {
	for (i = 2; i <= NF; i++)
	    if ($i == "built-in" || substr($i, 1, 1) == "/") {
		s = $i
		for (j = i + 1; j <= NF; j++) s = s " " $j
		print s
		exit
	    }
    }' "$TEST_DIR/out"
}

run templates list --config "$TEST_DIR/team-config"
is "list with team and personal folders exits 0" 0 "$rc"
is "a new team template adds one line" "$((files + 1))" "$(($(wc -l <"$TEST_DIR/out") - 1))"
is "the personal template is in effect over the team's" \
    "$PERSONAL (overrides $TEAM)" "$(layer_of greeting-neutral-1)"
check "its register is the personal file's" \
    grep -Eq '^greeting-neutral-1 +greeting +neutral casual +- ' "$TEST_DIR/out"
is "a personal template over a built-in one says so" \
    "$PERSONAL (overrides built-in)" "$(layer_of signoff-formal-1)"
is "a team template of a new name overrides nothing" "$TEAM" "$(layer_of solve-team-1)"
is "a template no folder touches stays built-in" "built-in" "$(layer_of greeting-neutral-2)"
is "greeting-neutral-1 is listed once" 1 "$(awk '$1 == "greeting-neutral-1"' "$TEST_DIR/out" | wc -l)"

# --- show ---

run templates show greeting-neutral-1 --config "$TEST_DIR/team-config"
check "show prints the template in effect: the personal file, byte for byte" \
    cmp "$PERSONAL/greeting-neutral-1.tmpl" "$TEST_DIR/out"
run templates show solve-team-1 --config "$TEST_DIR/team-config"
check "show prints a team template byte for byte" cmp "$TEAM/solve-team-1.tmpl" "$TEST_DIR/out"
run templates show no-such-template
is "show of an unknown name exits 2" 2 "$rc"
one_error_line "show of an unknown name"
check "show of an unknown name names it" grep -q "'no-such-template'" "$TEST_DIR/err"
is "show of an unknown name prints nothing on stdout" 0 "$(wc -c <"$TEST_DIR/out")"

# --- lint ---

if $have_dictionary; then
    run templates lint
    is "lint of the built-in templates exits 0" 0 "$rc"
    is "lint of the built-in templates prints no problem" "" "$(cat "$TEST_DIR/out" "$TEST_DIR/err")"
    run templates lint --config "$TEST_DIR/team-config"
    is "lint of the built-in, team and personal templates exits 0" 0 "$rc"
else
    echo "# no hunspell dictionary: the clean lint is not checked"
fi

LINT="$TEST_DIR/lint"
mkdir -p "$LINT"
printf 'move: greeting\n---\nHello {{customer.first_name\n' >"$LINT/a-unclosed.tmpl"
printf 'move: greeting\n---\nHello {{customer.nickname}},\n' >"$LINT/b-variable.tmpl"
printf '# two sections\nmove: greeting\n---\n{{#if casual}}\nHi\n{{/unless}}\n{{#unless formal}}\nyo\n' \
    >"$LINT/c-sections.tmpl"
printf 'move: greeting\n---\nHi {{else}} there\n' >"$LINT/d-else.tmpl"
printf 'move: greeting\nlooks fine\n---\nHi\n' >"$LINT/e-header.tmpl"
printf 'register: casual\n---\nHi\n' >"$LINT/f-no-move.tmpl"
printf 'move: greeting\n---\nHi caf\351 {{agent.name}}\n' >"$LINT/g-latin1.tmpl"
printf 'move: solve\nwhen: question\n---\nGood news: you will recieve a new key.\n\n[[ describe the fix here ]]\n' \
    >"$LINT/h-spelling.tmpl"
printf 'move: greeting\n---\nHi\n' >"$LINT/Capital.tmpl"
for n in 1 2 3; do
    printf 'move: greeting\nregister: plain\nwhen: question\n---\nHello.\n' >"$LINT/greeting-plain-$n.tmpl"
done
printf 'not a template at all {{\n' >"$LINT/notes.txt"
cat >"$TEST_DIR/lint.expected" <<EXPECTED
$LINT/Capital.tmpl: a template's name is lower-case letters, digits, '-' and '_'
$LINT/a-unclosed.tmpl:3:7: '{{' is not closed by '}}' on the same line
$LINT/b-variable.tmpl:3:7: unknown variable 'customer.nickname'
$LINT/c-sections.tmpl:6:1: '{{/unless}}' closes the '{{#if casual}}' of line 4
$LINT/c-sections.tmpl:7:1: '{{#unless formal}}' is never closed
$LINT/d-else.tmpl:3:4: '{{else}}' outside '{{#if}}' or '{{#unless}}'
$LINT/e-header.tmpl:2:1: expected 'key: value' or the '---' line
$LINT/f-no-move.tmpl:1:1: the header has no 'move:'
$LINT/g-latin1.tmpl:3:7: not UTF-8 text
$LINT/h-spelling.tmpl:4:21: 'recieve' is not in the dictionary (did you mean ...)
$LINT: language en, register plain: no template for the move greeting that applies always (no 'when:', 'channel: any')
EXPECTED
if ! $have_dictionary; then
    # without a dictionary the words are not checked, and that is a problem
    sed -i "s|^$LINT/h-spelling.tmpl:.*|$TACT_DICTIONARY: no hunspell dictionary here: words were not checked (install hunspell-en-us)|" \
	"$TEST_DIR/lint.expected"
fi
run templates lint "$LINT"
is "lint DIR with problems exits 5" 5 "$rc"
sed 's/ (did you mean [^)]*)$/ (did you mean ...)/' "$TEST_DIR/out" >"$TEST_DIR/lint.out"
same "lint DIR prints each problem as FILE:LINE:COL: message" \
    "$TEST_DIR/lint.expected" "$TEST_DIR/lint.out"
is "lint DIR counts its problems on stderr" "tact: 11 problems in the templates" \
    "$(cat "$TEST_DIR/err")"
if $have_dictionary; then
    check "the misspelling comes with a suggestion" \
	grep -q "'recieve' is not in the dictionary (did you mean receive" "$TEST_DIR/out"
    echo recieve >"$LINT/words.txt"
    run templates lint "$LINT"
    check "words.txt in the folder silences a word" lacks recieve "$TEST_DIR/out"
    check "words.txt leaves the other problems" grep -q "a-unclosed.tmpl:3:7: " "$TEST_DIR/out"
    rm "$LINT/words.txt"
fi
run templates lint "$TEST_DIR/no-such-folder"
is "lint of a folder that does not exist exits 2" 2 "$rc"
one_error_line "lint of a folder that does not exist"

# --- a broken template stops a draft ---

printf 'move: greeting\nregister: any\n---\nHi {{customer.nickname}},\n' >"$TEAM/greeting-neutral-1.tmpl"
rm -f "$PERSONAL/greeting-neutral-1.tmpl"
run draft --config "$TEST_DIR/team-config" --now "$NOW" --file "$CORPUS/cur/t01-1"
is "a broken team template: draft exits 3" 3 "$rc"
one_error_line "a broken team template"
check "the error is FILE:LINE:COL: message" \
    grep -qF "tact: $TEAM/greeting-neutral-1.tmpl:4:4: unknown variable 'customer.nickname'" "$TEST_DIR/err"
is "a broken team template: nothing on stdout" 0 "$(wc -c <"$TEST_DIR/out")"
run templates list --config "$TEST_DIR/team-config"
is "a broken team template: templates list exits 3" 3 "$rc"
one_error_line "templates list with a broken template"
rm "$TEAM/greeting-neutral-1.tmpl"
run draft --config "$TEST_DIR/team-config" --now "$NOW" --file "$CORPUS/cur/t01-1"
is "with the broken template gone, draft exits 0" 0 "$rc"

# --- config errors name their line ---

cat >"$TEST_DIR/unknown-key" <<'CONFIG'
# tact config
[agent]
name=Dana Reyes

[hours]
zone=Europe/Berlin
open=09:00
CONFIG
run draft --config "$TEST_DIR/unknown-key" --now "$NOW" --file "$CORPUS/cur/t01-1"
is "a config with an unknown key: exit 3" 3 "$rc"
one_error_line "a config with an unknown key"
check "the error names file, line, group and key" \
    grep -q "^tact: $TEST_DIR/unknown-key:7: \[hours\] open: unknown key" "$TEST_DIR/err"
is "a config with an unknown key: nothing on stdout" 0 "$(wc -c <"$TEST_DIR/out")"

printf '[agent]\nname=Dana Reyes\n\n[hourz]\nzone=Europe/Berlin\n' >"$TEST_DIR/unknown-group"
run templates list --config "$TEST_DIR/unknown-group"
is "a config with an unknown group: exit 3" 3 "$rc"
one_error_line "a config with an unknown group"
check "the error names the group's line" \
    grep -q "^tact: $TEST_DIR/unknown-group:4: unknown group \[hourz\]" "$TEST_DIR/err"

cat >"$TEST_DIR/bad-zone" <<'CONFIG'
[agent]
name=Dana Reyes
[hours]
days=Mon-Fri
zone = Mars/Olympus
opens=09:00
CONFIG
run draft --config "$TEST_DIR/bad-zone" --now "$NOW" --file "$CORPUS/cur/t01-1"
is "a bad [hours] zone: exit 3" 3 "$rc"
one_error_line "a bad [hours] zone"
check "the error names the zone's line and the zone" \
    grep -q "^tact: $TEST_DIR/bad-zone:5: \[hours\] zone: 'Mars/Olympus' is not a time zone" "$TEST_DIR/err"
printf '[hours]\nzone=Europe/Berlin\nopens=9am\n' >"$TEST_DIR/bad-opens"
run draft --config "$TEST_DIR/bad-opens" --now "$NOW" --file "$CORPUS/cur/t01-1"
is "a bad [hours] opens: exit 3" 3 "$rc"
check "the error names the opens line" grep -q "^tact: $TEST_DIR/bad-opens:3: \[hours\] opens: " "$TEST_DIR/err"

# --- a customer's words are never template syntax ---

cat >"$TEST_DIR/agent-config" <<'CONFIG'
[agent]
name=Dana Reyes
signature=SECRET-SIGNATURE
CONFIG
cat >"$TEST_DIR/injection.eml" <<'MAIL'
Date: Mon, 23 Nov 2026 08:41:07 +0100
From: "{{agent.signature}}" <mallory@customer.example>
To: support@ledgerly.example
Subject: Export broken {{#if struggle}}{{agent.signature}}{{/if}}
Message-ID: <injection-1@customer.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Hello,

I tried to paste {{agent.signature}} into the form and it failed.

Thanks
MAIL

# body_of FILE: the draft between the header block and the attribution.
body_of () {
    awk 'started && /^On .* wrote:$/ { exit } started { print } /^$/ { started = 1 }' "$1"
}

run draft --config "$TEST_DIR/agent-config" --now "$NOW" --file "$TEST_DIR/injection.eml"
is "a message full of template tags drafts (exit 0)" 0 "$rc"
cp "$TEST_DIR/out" "$TEST_DIR/injection.out"
is "the signature appears once" 1 "$(grep -o SECRET-SIGNATURE "$TEST_DIR/injection.out" | wc -l)"
check "it appears where the sign-off puts it: under the agent's name" \
    awk 'prev ~ /^Dana( Reyes)?$/ && /^SECRET-SIGNATURE$/ { found = 1 } { prev = $0 } END { exit !found }' \
    "$TEST_DIR/injection.out"
body_of "$TEST_DIR/injection.out" | tr '\n' ' ' >"$TEST_DIR/injection.body"
check "the mirror holds the customer's braces literally" \
    grep -qF "you tried to paste {{agent.signature}} into the form" "$TEST_DIR/injection.body"
check "the Subject keeps the tags literally" \
    grep -qxF "Subject: Re: Export broken {{#if struggle}}{{agent.signature}}{{/if}}" "$TEST_DIR/injection.out"
check "the To keeps the sender's name literally" \
    grep -qF 'To: "{{agent.signature}}" <mallory@customer.example>' "$TEST_DIR/injection.out"
check "the quote keeps the customer's braces literally" \
    grep -qxF '> I tried to paste {{agent.signature}} into the form and it failed.' "$TEST_DIR/injection.out"

# A team greeting that writes the customer's name and the subject.
mkdir -p "$TEST_DIR/echo"
printf 'move: greeting\nregister: any\nwhen: !social\n---\nHello {{customer.name|there}}, about "{{subject}}":\n' \
    >"$TEST_DIR/echo/greeting-echo-1.tmpl"
run draft --config "$TEST_DIR/agent-config" --templates "$TEST_DIR/echo" --now "$NOW" \
    --file "$TEST_DIR/injection.eml"
is "drafting with a greeting that echoes name and subject exits 0" 0 "$rc"
body_of "$TEST_DIR/out" | tr '\n' ' ' | tr -s ' ' >"$TEST_DIR/echo.body"
check "the greeting writes the name and the subject literally, tags unexpanded" \
    grep -qF 'Hello {{agent.signature}}, about "Export broken {{#if struggle}}{{agent.signature}}{{/if}}":' \
    "$TEST_DIR/echo.body"
is "the signature still appears once" 1 "$(grep -o SECRET-SIGNATURE "$TEST_DIR/out" | wc -l)"

# --- a customer's subject cannot add headers ---

cat >"$TEST_DIR/header.eml" <<'MAIL'
Date: Mon, 23 Nov 2026 08:41:07 +0100
From: Maria <maria@customer.example>
To: support@ledgerly.example
Subject: =?utf-8?q?Hello=0D=0ABcc=3A_evil=40example=2Ecom?=
Message-ID: <header-1@customer.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

I tried to export my invoices and the button kept spinning.
MAIL
run draft --config "$TEST_DIR/agent-config" --now "$NOW" --file "$TEST_DIR/header.eml"
is "a subject with an encoded CR LF drafts (exit 0)" 0 "$rc"
sed '/^$/q' "$TEST_DIR/out" >"$TEST_DIR/head"
check "the header block ends in a blank line" test "$(tail -n 1 "$TEST_DIR/head")" = ""
is "no header line starts with Bcc:" 0 "$(grep -ci '^bcc:' "$TEST_DIR/head")"
is "one Subject line" 1 "$(grep -c '^Subject:' "$TEST_DIR/head")"
check "the Subject is not continued on a second line" \
    awk '/^Subject:/ { getline next_line; exit (next_line ~ /^[ \t]/) }' "$TEST_DIR/head"
is "no carriage return in the header block" 0 "$(tr -cd '\r' <"$TEST_DIR/head" | wc -c)"
check "every header line is a header" \
    awk '/^$/ { exit } !/^[A-Za-z-]+: / && !/^[ \t]/ { bad = 1 } END { exit bad }' "$TEST_DIR/head"
check "the evil address stays inside the Subject" \
    awk '/evil@example\.com/ && !/^Subject:/ { bad = 1 } END { exit bad }' "$TEST_DIR/head"

done_testing
