# lint.lex - what tact lint looks for in an agent's reply.
#
# Format (tact-lexicon(5)): [section] headers; "name = pattern" lines; a
# pattern is a Perl-compatible regular expression, matched
# case-insensitively ("(?-i)" turns that off); an apostrophe matches '
# or ’ or none, and ['] inside a class matches ' or ’ only.  A team or
# user lexicon folder may hold a lint.lex of its own that adds, replaces
# ("same section, same name") or removes ("name =") rules.
#
# Each section feeds one lint rule (tact(1), LINT RULES); the rule id is
# in brackets.  Text in quotation marks (the customer's own words) and
# quoted lines do not count.

# [blame] Words that put the blame on the customer.  "You should have"
# blames when a past deed follows ("you should have checked"), not when
# it says what the customer now has ("you should have a new email",
# "you should have received it by now").
[blame]
should-have = you (should|shouldn't|should not|ought to|must|could) have\b(?! (a|an|the|your|one|two|three|some|access|received|got|gotten|seen|been (sent|refunded|credited|issued|charged|emailed|given)|it|them|all|both|every|\d+)\b)
failed-to = you (failed|neglected|forgot|didn't bother|did not bother|omitted) to\b
as-i-said = as (i|we) (have )?(already |previously |clearly |just )?(said|stated|mentioned|explained|wrote|told you|pointed out|noted)\b
per-my = (per|as per|see) my (last|previous|earlier|prior) (email|e-mail|message|mail|reply|note|response)\b
as-mentioned = as (was |has been )?(previously |already |clearly )(mentioned|stated|explained|noted|communicated)\b
obviously = (obviously|clearly you|of course you|surely you|as anyone would know)\b
calm-down = (calm down|relax,|there is no need to shout|there's no need to shout|no need to get upset|don't get upset|please don't shout)\b
your-fault = (your (own )?fault|your (own )?mistake|user error|you did it wrong|you did something wrong|you must have (done|clicked|entered|deleted|changed))\b
did-you-read = (did|have) you (even )?(read|look at|looked at|check|checked) (the|our) ([\w-]+ )?(manual|docs|documentation|faq|instructions|guide|help (page|center|centre))\b
if-you-had = if you (had|would have) (read|followed|checked|looked|listened)\b

# [minimizing] Words that make the customer's trouble sound trivial:
# "just click", told to the customer.  The agent's own "I've just reset
# it" (just: a moment ago) is not, nor "it's easy to miss" (which takes
# the customer's side).
[minimizing]
just-do = (?<!\bi |\bwe |\bi[']ve |\bwe[']ve |\bi have |\bwe have |\bhas |\bhad |\bi[']ll |\bwe[']ll )just (click|go|open|select|type|enter|restart|reboot|log in|log out|press|tap|use|do|follow|read|check|reset|update|change|run|install|reinstall|download|refresh|clear|delete|remove|add|set|make sure|try|turn|switch|visit|navigate|copy|paste|upload|drag|scroll|sign in|sign out)\b
simply-do = (?<!\bi |\bwe |\bi[']ve |\bwe[']ve |\bi have |\bwe have |\bhas |\bhad )simply (click|go|open|select|type|enter|restart|reboot|log in|log out|press|tap|use|do|follow|read|check|reset|update|change|run|install|reinstall|download|refresh|clear|delete|remove|add|set|make sure|try|turn|switch|visit|navigate|copy|paste|upload|drag|scroll|sign in|sign out)\b
its-easy = (it's|it is|that's|that is|this is) (really |very |super |pretty |quite )?(easy|simple|straightforward|trivial|basic)\b(?! to (miss|overlook|get wrong|mix up|confuse|lose track))
all-you-need = all you (have|need) to do is\b

# [self-blame] Admissions that take the blame instead of apologizing
# without it.
[self-blame]
our-fault = (it's|it is|it was|this is|this was|that's|that is|entirely|totally|completely|all) (our|my) (fault|mistake|bad|error|screw-up|screwup)\b
messed-up = (we|i) (really |totally |completely )?(messed|screwed|mucked|stuffed|fouled|botched) (up|this up|it up|things up)\b
my-bad = (?<!\w)my bad\b
dropped-ball = (we|i) dropped the ball\b
our-incompetence = (our|my) (incompetence|negligence|carelessness)\b

# [hollow-apology] Apologies that say nothing.
[hollow-apology]
inconvenience = ((sorry|apologi[sz]e|apologies|regret) (for|about)|regret) (any|the|all the|this) inconvenience\b
any-trouble = (sorry|apologi[sz]e|apologies) (for|about) any (trouble|issues|problems|confusion|frustration) (this|that|it) (may|might) have caused\b
if-you-feel = sorry (if|that) you (feel|felt|think|thought|were offended|are upset|were upset)\b
sorry-you-feel = sorry you feel\b

# [apology] What counts as an apology.
[apology]
sorry = (sorry|apologi[sz]e|apologies|apologise|regret that|regret the|regret how)\b

# [acknowledgement] What counts as acknowledging what the customer went
# through.
[acknowledgement]
understand = (i|we) (completely |fully |totally |really |can |do )?(understand|see|hear|appreciate|realise|realize|know) (how|that|why|what|this|it's|it is|you)\b
imagine = (i|we) can (only )?imagine\b
must-be = (that|this|it) (must|would|sounds|must have been|can't have been|cannot have been) (be |been )?(really |so |very |incredibly |deeply )?(frustrating|annoying|stressful|worrying|confusing|difficult|hard|tiring|exhausting|disappointing|upsetting|maddening|inconvenient)\b
thank-for-telling = thank(s| you) (so much |very much )?for (explaining|telling|describing|letting (me|us) know|the details|your patience|bearing with|sticking with|sending|walking (me|us)|flagging|reporting|the (clear|detailed) (description|report))\b
you-tried = you('ve| have)? (tried|been trying|attempted|went through|had to|spent)\b
sorry-to-hear = sorry to (hear|read|learn|see)\b
frustrating = (frustrating|frustration|annoying|stressful|maddening|exhausting|disappointing|worrying|upsetting)\b
clear-that = (it's|it is) clear (that|how)\b
no-wonder = no wonder (you|it|this|that)\b
you-feel = (you're|you are|you were|you must be|you must feel|you feel|you felt) (understandably |rightly |so |really |completely |very )?(upset|worried|annoyed|angry|fed up|disappointed|stressed|anxious|frustrated|let down|confused|exhausted)\b

# [followup-promise] A promise to write again.
[followup-promise]
will-update = (i|we)('ll| will| shall| am going to| are going to) (get back to you|follow up|follow-up|update you|send you an update|send an update|be in touch|let you know|write (to you )?again|write to you|write back|reply again|come back to you|keep you (posted|updated|informed)|reach out|circle back|check back|email you|e-mail you|contact you|report back|get in touch)\b
you-will-hear = you('ll| will) (hear (back )?from (me|us)|get an update|receive an update|have an update|get a reply|receive a reply|get a message)\b
expect-update = (expect|look out for) (an update|a reply|my reply|our reply|a message|an answer)\b

# [followup-time] A time stated with the promise ("by 5 p.m." ends at its
# last dot).
[followup-time]
clock = (by|before|at|around|until) (\d{1,2}(:\d\d)? ?(am|pm|a\.m\.|p\.m\.|h)?|\d{1,2}:\d\d|noon|midday|midnight|the end of (the |this |next )?(day|week|month)|end of (the )?day|eod|cob|close of business|tonight|this (morning|afternoon|evening)|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(\b|(?<=\.))
within = (within|in) (the next |about |around |less than )?(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty-four|forty-eight|half an?|a couple of|a few) (minutes?|mins?|hours?|hrs?|days?|business days?|working days?|weeks?)\b
day-word = (today|tomorrow|tonight|this (morning|afternoon|evening|week)|later today|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|next week)\b
weekday = (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b

# [idiom] Idioms and phrasal verbs a second-language reader may not know.
[idiom]
touch-base = touch base\b
same-page = on the same page\b
piece-of-cake = (piece of cake|a breeze|walk in the park|no-brainer|no brainer)\b
ballpark = ballpark\b
heads-up = heads[- ]up\b
get-back = get back to you\b
circle-back = circle back\b
loop-in = loop (you|them|him|her) in\b
hang-in = hang in there\b
bear-with = bear with (me|us)\b
sort-out = (sort|sorted|sorting) (it|this|that|things|everything) out\b|sort out\b
up-and-running = up and running\b
end-of-day = at the end of the day\b
on-radar = on (my|our) radar\b
drop-ball = drop(ped)? the ball\b
keep-posted = keep you posted\b
give-shot = give it a (shot|go|whirl|try)\b
off-top = off the top of my head\b
hit-up = hit (me|us) up\b
pop-over = (pop|swing) (by|over|in)\b
figure-out = figure (it|this|that|out)\b
no-worries = no worries\b
hiccup = hiccups?\b
nutshell = in a nutshell\b
fingers-crossed = fingers crossed\b
back-to-square = back to square one\b
tricky-bit = bit of a\b
on-it = (i'm|i am|we're|we are) on it\b
ping-me = ping (me|us)\b
shoot-me = shoot (me|us) (a|an)\b

# [contraction] Contractions, which a second-language reader reads more
# easily spelled out.
[contraction]
contraction = (i[']m|i[']ve|i[']d|i[']ll|you[']re|you[']ve|you[']d|you[']ll|we[']re|we[']ve|we[']d|we[']ll|they[']re|they[']ve|they[']ll|it[']s|that[']s|there[']s|here[']s|what[']s|let[']s|can[']t|won[']t|don[']t|doesn[']t|didn[']t|isn[']t|aren[']t|wasn[']t|weren[']t|haven[']t|hasn[']t|hadn[']t|couldn[']t|wouldn[']t|shouldn[']t|mustn[']t)\b

# [exclamation] Piles of exclamation points.
[exclamation]
pile = !{2,}|!\s*\?|\?\s*!

# [unfilled] Template markers left in the reply.
[unfilled]
slot = \[\[[^\]\n]*\]\]
variable = \{\{[^}\n]*\}\}
placeholder = (?-i)\b(XXX+|TODO|TBD|FIXME)\b
