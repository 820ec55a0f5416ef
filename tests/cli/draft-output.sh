# Whole drafts: for each case of tests/expected/draft/cases, the text of
# `tact draft --explain` and its JSON equal tests/expected/draft/ (read
# and reviewed by hand: right register, mirror, apology, follow-up).
# TACT_REGENERATE=1 writes the expected files instead (review the diff).
. "$top_srcdir/tests/cli/lib.sh"
need jq
[ -f /usr/share/hunspell/en_US.dic ] || skip_all "the en_US hunspell dictionary is not installed"
make_database
draft_config >"$TEST_DIR/config"
export TZ=Europe/Berlin TACT_DICTIONARY=/usr/share/hunspell/en_US
# A reply is English in any locale: an agent's German one names no day
# "Montag" (the locale is made here from Debian's package locales).
mkdir -p "$TEST_DIR/locale"
localedef -i de_DE -f UTF-8 "$TEST_DIR/locale/de_DE.UTF-8" >/dev/null 2>&1
check "a German locale is made (localedef, package locales)" \
    test -d "$TEST_DIR/locale/de_DE.UTF-8"
while read -r name id now; do
    case $name in '#'* | '') continue ;; esac
    for format in txt json; do
	if [ $format = json ]; then set -- --format=json; else set -- --explain; fi
	"$TACT" draft --config "$TEST_DIR/config" --now "$now" "$@" "id:$id" \
	    >"$TEST_DIR/actual.$format" 2>&1
	if [ -n "${TACT_REGENERATE:-}" ]; then
	    cp "$TEST_DIR/actual.$format" "$EXPECTED/draft/$name.$format"
	fi
	same "$name: tact draft $*" "$EXPECTED/draft/$name.$format" "$TEST_DIR/actual.$format"
	LOCPATH="$TEST_DIR/locale" LC_ALL=de_DE.UTF-8 \
	    "$TACT" draft --config "$TEST_DIR/config" --now "$now" "$@" "id:$id" \
	    >"$TEST_DIR/german.$format" 2>&1
	same "$name: tact draft $* in a German locale" "$EXPECTED/draft/$name.$format" \
	    "$TEST_DIR/german.$format"
    done
done <"$EXPECTED/draft/cases"
check "at least 20 threads have whole drafts" test "$test_count" -ge 80
done_testing
