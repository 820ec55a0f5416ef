# libtact exports exactly the functions declared in include/tact.h.
. "$top_srcdir/tests/cli/lib.sh"
need nm
[ -f "$TACT_LIBRARY" ] || skip_all "no shared library built"
nm -D --defined-only "$TACT_LIBRARY" | awk '$2 ~ /^[TDBR]$/ {print $3}' | sort >"$TEST_DIR/exported"
sed -n 's/^\(tact_[a-z0-9_]*\) (.*/\1/p' "$top_srcdir/include/tact.h" | sort -u >"$TEST_DIR/declared"
same "exported symbols are the functions of tact.h" "$TEST_DIR/declared" "$TEST_DIR/exported"
check "every exported symbol starts with tact_" \
    sh -c "! grep -v '^tact_' '$TEST_DIR/exported'"
check "the header declares more than a handful of functions" \
    test "$(wc -l <"$TEST_DIR/declared")" -gt 10
done_testing
