/* hard-texts.h - texts made to be hard for the places where the cue
 * detector tries the rules it searches for (see tact_rule_starts):
 * capitals, a lone "i", sentence words, stretched words, emoticons,
 * emoji, lines of code and logs, addresses, and letters that fold to
 * ASCII ones ('\xc5\xbf' and the Kelvin sign).  Shared by the tests of
 * the lexicon's reading of where matches start and of the detector's
 * searches. */
#ifndef TACT_TESTS_HARD_TEXTS_H
#define TACT_TESTS_HARD_TEXTS_H

static const char *const hard_texts[] = {
    "Why is this STILL broken??? I tried everything :( See https://example.com/help",
    "hey!! the export is not working lol \xf0\x9f\x98\x85 can't figure it out... ugh!!!",
    "HELP ME NOW PLEASE. O'NEIL SAYS NO. \xc3\xa9" "ABC DEF GHI, _NOT THIS_ 'TODAY IS BAD'",
    "i'm stuck and i can't log in. im sure ive tried. \xc3\xa9i am here, \xe2\x80\x99i too,\ti\n"
    "x_i ok, 'i' no, ill be back i",
    "Hi. Ok. Bye.\nNo. Way.\n\xc5\xbfo. ok. then? Yes. No.\nFine! Done. Now.",
    "It was late. Delayed again, undelayed, overdue, noverdue, behind schedule, \xc3\xa9" "behind "
    "schedule, behind \xc5\xbf" "chedule, my late reply, x'late, LATE, latest, ablate",
    "soooo bad, nooooo, whyyy, pleeeease, pleaseee, plea\xc5\xbf" "eee, ughhh, argh, ARGHHH, aaaah, "
    "whaaat, xsoooo, so'ooooo, \xc3\xa9soooo, \xc5\xbfoooo",
    "wait.... what\xe2\x80\xa6\xe2\x80\xa6 ok... \xe2\x80\x9cquoted\xe2\x80\x9d",
    ":) :-( ;) =D 8) 8-) xD XDD <3 ^_^ ^^ o_O O_o :'( :P :/ http://x :p/ a:) "
    "\xc2\xaf\\_(\xe3\x83\x84)_/\xc2\xaf 2018) (8) x8)",
    "wow!!! really!!!! ?! !? ?\?!! \xef\xbc\x81\xef\xbc\x81 !\xef\xbc\x81! "
    "\xf0\x9f\x99\x84 \xf0\x9f\x98\xa4 \xe2\x98\x80 \xe2\x9d\xa4",
    "Traceback (most recent call last):\n  File \"x.py\", line 3\n    at com.x.Y.run(Y.java:1)\n"
    "ERROR: it failed\n[12:30:45] started\n2023-01-02 10:20 done\n\tindented\n    four\n"
    "$ ls -l\n# root\n>>> print(1)\n> quoted\n{\"a\": 1}\n[1, 2]\n"
    "java.lang.NullPointerException: oops\nSomeError\n\n  \n  Error: x\n",
    "Mail jo.b+x@example.co.uk or a@b, see /usr/local/bin/tool and C:\\Windows\\x, "
    "`code` here, www.example.com and WWW.X.ORG, ftp://files.example.com/a, \xe2\x84\xaa:\\x",
    "x\xc5\xbfoooo x\xe2\x84\xaam \xe2\x84\xaam OK. \xe2\x84\xaa. zzz xzzz yzz\r\n > q",
    "x@y@z.com, @a.b, a@, a@b.c.d@e.f g..h@i-j.k. \xc3\xa9.x@y.z \xe2\x84\xaa@k.l m@\xc3\xa9.n @@o.p q@r.s@",
};

#endif
