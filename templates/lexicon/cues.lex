# cues.lex - what tact notices in what a customer newly wrote.
#
# Format (tact-lexicon(5)): [section] headers; "name = pattern" or
# "name WEIGHT = pattern" lines; a pattern is a Perl-compatible regular
# expression, matched case-insensitively ("(?-i)" turns that off), "^"
# and "$" at line starts and ends; an apostrophe matches ' or ’ or none.
# A team or user folder may hold a cues.lex of its own: its rules add to
# these, replace rules of the same section and name, and "name =" with
# no pattern removes one.
#
# A flag is set when the weights of its cues add up to 1 or more.
# Patterns that start with a word (or a choice of words in a group) are
# tried only where the text has that word, which keeps tact fast: start
# patterns with a word where you can.  A choice of words that is tried
# at many places, after a span such as [^.!?\n]{0,70}, costs a try of
# each word at each place: "(?=[abs])(?:again|blank|still)" matches as
# "(?:again|blank|still)" does, and tries the words only where the text
# has one of their first letters.
#
# Sections that set flags: struggle, frustration (and intensity, whose
# cues are frustration cues unless the message shows delight), casual,
# formal, urgency, nonfluent, gratitude, question, feature_request,
# complaint (evidence for needs_apology), repeat_contact.  Sections that
# steer the search: delight, negation, hypothetical-condition,
# hypothetical-consequence, acronym, mask-line, mask-span.

[struggle]
tried = (i|we)( have| had|'ve|'d|'m| am| are|'re| was| were)?( already| also| even| just| now| still| really)? (tried|attempted|been trying|been attempting|keep trying|kept trying)\b(?![^.!?\n]{0,50}?(?=[a,])\b(and|,) (now )?(it|that|this|they|everything|all)('s| is| was| were| has| have)? (now )?(pretty |really |very |quite |actually )?(worked|works|working|fixed|solved|fine|straightforward|easy|simple|perfect|great|sorted)\b)
tried-what = (tried|attempted|trying) (to|again|everything|all|several|many|multiple|twice|two|three|four|five|\d+|various|different|both|another|other|clearing|restarting|reinstalling|resetting|rebooting|updating|logging|switching|changing|using|following|turning)\b(?![^.!?\n]{0,50}?(?=[a,])\b(and|,) (now )?(it|that|this|they|everything|all)('s| is| was| were| has| have)? (now )?(pretty |really |very |quite |actually )?(worked|works|working|fixed|solved|fine|straightforward|easy|simple|perfect|great|sorted)\b)
been-trying = (been|keep|kept|still) (trying|attempting)\b
struggling = (struggling|struggled|struggle|i'm trying|i am trying|we're trying|we are trying|i'm attempting|i am attempting|we're attempting|we are attempting)\b
not-managed = (haven't|have not|hasn't|has not|didn't|did not|never|couldn't|could not|wasn't|weren't|was not|were not|not) (managed|been able|succeeded|able|had any luck|found a way) to\b
took-tries = ((took|takes|taking) (me |us )?((\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple|countless|a dozen|dozens of) ?(tries|attempts|goes|times|hours|days|minutes|calls|emails)|ages|forever|hours|days)|(needed|need) (me |us )?(\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple|countless|a dozen|dozens of) ?(tries|attempts|goes))\b
takes-ages 0.7 = (take|takes|took|taking) (\d+[-–]?\d*|ages|forever|several|many|a few|over a|more than a|almost a) ?(seconds|minutes|hours|days|minute|hour|day)? to (load|open|start|respond|sync|appear|show|arrive|connect|send|save|finish|complete|come through|go through|update|refresh|launch|boot)\b
cant-seem = (can't|cannot|can not|couldn't|could not) seem to\b
cant-figure = (can't|cannot|can not|couldn't|could not|unable to) (figure|work) (it )?out\b
cant-do = (can't|cannot|can not|couldn't|could not|can no longer|could no longer|no longer able to|unable to|not able to|won't let me|doesn't let me|does not let me|didn't let me|wouldn't let me|never able to) ((\w+ ){0,2}?)(find|get|log|login|sign|access|open|see|connect|download|upload|install|export|import|print|send|save|reset|change|update|cancel|remove|delete|use|load|complete|pay|add|edit|view|enter|receive|verify|activate|register|book|check|submit|select|transfer|withdraw|claim|redeem|sync|make|create|set|turn|start|launch|play|watch|hear|read|reach|restore|recover|unlock|link|attach|apply|move|switch|upgrade|downgrade|renew|track|return|exchange|modify|stream|join|remember|understand|tell|go|proceed|finish|continue|confirm|authenticate|reinstall|uninstall|deactivate|disable|enable|merge|unsubscribe|subscribe|migrate|download|transfer|process|boot|run|restart|close|pair|charge|scan|type|click|tap|press|choose|pick|correct|fix|bring|order|buy|purchase|afford|cash|retrieve|locate|contact|call|reply|respond|see|take|accept|pull|push|deploy|publish|post|share|schedule|rent|print|stream)\b
not-working = (doesn't|does not|won't|will not|isn't|is not|aren't|are not|wasn't|was not|weren't|were not|not|no longer|stopped|stops|never|hasn't|has not|haven't|have not) (seem to )?(work|working|works|load|loading|loads|open|opening|opens|show|showing|shows|show up|appear|appearing|appears|arrive|arriving|arrives|respond|responding|sync|syncing|synced|save|saving|saved|connect|connecting|start|starting|launch|launching|come through|go through|gone through|update|updating|updated|print|printing|display|displaying|accept|accepting|accepted|recognize|recognise|recognizing|recognising|recognized|match|matching|download|downloading|upload|uploading|boot|booting|charge|charging|turn on|turning on|send|sending|sent|change|changing|changed|register|registering|registered|let me|allow me|allowing me|going through|functioning|function|processing|processed|loaded|opened|applied|applying|installed|installing|activate|activated|activating|unlock|unlocking|run|running|trigger|triggered|triggering|fire|fired|happen|happened|stick|persist|persisted|take effect|took effect|go out|went out|kick in|kicked in|renew|renewed|process|maintain|maintained|hold|held|keep|kept|stay|stayed|finish|finished|complete|completed|verify|verified|pick up|picked up|worked|functioned|responded|fires|showed up|shown up|come across|coming across|coming through|visible|detected|clickable|selectable|editable|responsive|syncs|connects|saves|updates|prints|charges|downloads|uploads|registers|boots|starts|launches|displays|accepts|recognises|recognizes|matches|sends|applies|installs|activates|unlocks|runs|triggers|renews|processes|holds|keeps|stays|finishes|completes|verifies|turns on|goes through|comes through|active|fit|fits|fitting)\b
did-not-work = (didn't|did not|don't|do not|doesn't|does not|never) (work|help|fix|change|arrive|come|load|go through|do anything|do a thing|run|fire|trigger|sync|send|save|start|happen|show|appear|update|renew|process|go out|kick in|take|stick|connect|respond)\b
didnt-find = (don't|do not|didn't|did not|can't|cannot|couldn't) (find|see|get|locate|spot) (the |a |an |any |it|this|that|where|how|anything)\b
overlooked = (overlooked|missing something|missed something|doing something wrong|doing anything wrong|am i missing|did i miss|have i missed|is there a trick|is there something (else )?i need|what else (can|should|do) i)\b
however-i 0.7 = (however|whatever|whichever way) (i|we)\b
continues-to 0.7 = (continue|continues|continued|continuing) to (be|fail|show|appear|happen|crash|occur|get|come|send|charge|reject|decline|drop|disconnect)\b
just-does 0.7 = (just|only|simply|still) (leads|paints|sits|sat|shows|showed|spins|spun|hangs|stays|stayed|goes|went|takes me|took me|redirects|returns|reloads|refreshes|closes|quits|dies|stops|freezes|crashes|loads|displays|says|said|keeps|kept|reverts|loops|bounces|times out|gets stuck|sends me|brings me|throws)\b
starts-over 0.5 = (starts|started|goes|went|jumps|jumped|resets|switched|switches|reverts|reverted|comes|came|is|it's|gets|got|sends me|sent me|takes me|took me|kicks me|kicked me) (over|back)( to| from| again| out)?\b
keeps = (?<!to )(keeps|keep|kept|keeping) (on )?(\w+ing|asking|saying|showing|telling|going back|coming back|logging me out|kicking me|sending me)\b
keeps-happening = (happens|happened|happening) (again|every time|each time|all the time|constantly|repeatedly|randomly)\b
every-time = (every|each) (time|single time) (i|we)\b(?!( am|'m| was| were| are|'re| get| got| keep getting) (told|promised|assured|informed|given the same))
error = (get|getting|got|gotten|give|gives|giving|gave|shows|showing|showed|throws|throwing|threw|returns|returning|returned|see|seeing|saw|hit|hitting|receive|receiving|received|displays|displaying|pops up with|comes up with|says|saying) (me )?(an |a |the |this |that |same |following |weird |strange |an odd |another )?(error|errors|error message|exception|warning|fault|404|500|502|503|blank page|white screen|black screen|message saying|message that|message to)\b
error-word 0.5 = (error|errors|error message|error code|exception|bug|glitch|glitches|glitchy|buggy)\b
failure = (fails|failed|failing|failure|failures|crashes|crashed|crashing|freezes|froze|frozen|freezing|hangs|hung|hanging|spins|spinning|timed out|times out|timing out|bounce\b(?! rate)|bounces|bounced|bouncing|reverts|reverted|reverting|resets itself|disappears|disappeared|disappearing|vanished|vanishes|lagging|lags|stutters|stuttering|disconnects|disconnected|disconnecting|drops out|dropping out|keeps dropping|drops to|dropped to|drops off|dropped off|drops the|dropped the|broken|breaks|bricked|corrupted|corrupt|garbled|greyed out|grayed out|locked out|unresponsive|unreachable|acting up|acts up|acted up|misbehaving|malfunctioning|malfunctions|stalls|stalled|glitches|glitching|flickers|flickering|overheats|overheating|loops|looping|logged me out|logs me out|kicked me out|kicks me out)\b
broke = broke\b(?<!^broke)(?<![.!?] broke)(?<!\bam broke)(?<!\'m broke)(?<!’m broke)(?<!\bso broke)(?<!\bbe broke)(?<!\bgo broke)(?<!\bgone broke)(?<!\bwent broke)(?<!\bflat broke)(?<!\bstone broke)
wrong-state 0.5 = (blank|empty|missing|gone|wrong|incorrect|invalid|expired|declined|rejected|denied|offline|unavailable|slow|sluggish|stuck|nothing|no longer there|not there|out of sync|outdated)\b
went-down = (is|are|was|were|went|goes|been|keeps going|keep going) (down|offline)\b
stuck = (i'm|i am|we're|we are|i was|we were|i got|we got|i get|i keep getting|completely|totally|still|now|just|bit|little|completely|totally|so|feel|feeling|i'm a bit|i'm a little|i am a bit|i am a little) (stuck|lost)\b
confused = (confusing|confused|confuses|unclear|not clear|isn't clear|is not clear|puzzled|puzzling|baffled|baffling|stumped|perplexed|lost as to|at a loss|makes no sense|doesn't make sense|does not make sense|not sure how|not sure what|not sure why|not sure where|not sure if i|no idea how|no idea what|no idea why|no idea where|don't know how|do not know how|don't understand|do not understand|don't get how|can't tell)\b
no-clue = (no clue|not a clue|haven't a clue|have no clue|clueless|no idea|not the faintest|totally lost|completely lost)\b
not-clear 0.7 = (not|isn't|is not|wasn't|was not) (very |so |really |entirely |quite |at all |that )?(clear|obvious|intuitive|explained|documented)\b
what-wrong = what (am i|are we|did i|did we|have i|have we) (doing |done )?wrong\b
where-go = where (did|has|have) (the|my|our|all|all the|all my|all our) ((\w+ ){0,2})(go|gone)\b
how-do-i 0.5 = how (do|can|should|would|am) (i|we|you) (supposed to )?\b
still-not = still (not|no|nothing|doesn't|does not|don't|do not|didn't|did not|aren't|wasn't|weren't|never|can't|cannot|isn't|won't|haven't|hasn't|having|getting|broken|the same|stuck|failing|showing|shows|showed|says|said|seeing|reads|lists|displays|sits|sitting|lands|unable|being|receiving|loading|asks|asking|happens|comes|no sign|nowhere|missing|wrong|empty|blank|spinning|loading|down|an issue|a problem|happening|occurring|there|pending|unverified|disconnected|offline|charging|charged|at)\b(?! (been |yet )?(received|arrived|delivered|refunded|credited|shipped|dispatched|heard|had a reply|got a reply))
contradiction 0.7 = (it|that|this|they|which) (isn't|is not|wasn't|was not|doesn't|does not|didn't|did not|aren't|are not|hasn't|has not|won't)[.!]+(?=\s|$)
contradiction-state 0.7 = (it|that|this|they|which) (isn't|is not|wasn't|was not|aren't|are not) (empty|there|right|correct|true|the case|working|on|off|connected|set|enabled|disabled|zero|pending|finished|done|cancelled|canceled|mine)[.!]+(?=\s|$)
shows-status 0.5 = (shows|showed|says|said|displays|displayed|reads|read|stuck on|sits on|sits at|sat on|stays on|stayed on|shows me|tells me|gives me|comes up with|pops up with|keeps saying|keeps showing|still says|still shows) (the message |a message |an error |the error |a status of |status )?["“«][^"”»\n]{1,60}["”»]
only-option 0.5 = the only (option|choice|thing|button|setting|way|link|menu|field|entry|item|one) (there |available |left |i see |i can see |offered |shown )?(is|was|says|shows)\b
got-locked 0.7 = (is|was|got|been|gets|has been|have been|became) (locked|blocked|suspended|frozen|disabled|banned|deactivated|deleted|closed|cancelled|canceled)\b
only-offers 0.5 = (only|just) (goes|offers|picks|lists|shows|has|gives|lets|allows|works|returns|includes|supports|accepts|displays|lasted|lasts|goes back|finds|sees|sends|syncs|imports|exports|loads|saves|prints)\b
lost-access = (lost|losing|lose|loses) (all |our |my |the |its |their )?(access|connection|connectivity|signal|power|internet|wifi|wi-fi|data|sync|audio|sound|network|vpn)\b
nobody-can = (nobody|no one|no-one|none of us|none of them|noone) (can|could|is able to|are able to|has been able to|was able to) \w+
none-of = none (of (the |our |my |today's |their |these |those |them )?((\w+ ){0,2}))?((are|is|were|was|have|has|had|ever)( been)? )?(got|get|received|receive|work|worked|working|arrived|arrive|arriving|showed|show|showing|shown|loaded|load|loading|synced|sync|syncing|came|come|coming|went|appear|appeared|appearing|opened|open|opening|printed|uploaded|imported|exported|saved|displayed|displaying|helped|help)\b
looks-wrong 0.7 = (look|looks|looked|looking|seem|seems|seemed|sound|sounds|sounded|appear|appears|appeared|come|comes|came|print|prints|printed) (out )?(very |really |so |a bit |quite |completely |totally |all )?(strange|weird|odd|wrong|off|broken|corrupt|corrupted|garbled|blurry|distorted|pixelated|squashed|stretched|washed out|cut off|truncated|misaligned|jumbled|upside down|backwards|reversed)\b
end-up 0.5 = (end up|ended up|ending up|ends up|wind up|wound up)\b
set-up-wrong = (did|have|had) (i|we) (set|do|configure|install|wire|connect|enter|type|fill|done|configured|installed|wired|connected|entered|typed|filled) (\w+ ){0,2}(wrong|wrongly|incorrectly|badly|up wrong)\b
every-time-plain 0.5 = (every|each) (single )?(time|morning|night|day|hour|few minutes)\b
indefinitely 0.5 = (indefinitely|forever|endlessly|for ever|nonstop|non-stop|for ages)\b
stopped-doing = (stopped|stop|stops|stopping) (getting|receiving|working|syncing|loading|showing|sending|responding|charging|connecting|updating|printing|saving|arriving|recording|tracking|heating|cooling)\b
dropping = (dropping|drops|dropped|disconnecting|cutting out|cuts out|cut out) (every|each|all the time|constantly|randomly|out|off|again|repeatedly|frequently)\b
but-no 0.5 = (but|yet) (not|nothing|never|none|no one|nobody|no)\b
no-luck = (no luck|no joy|no success|no dice|without success|without luck|to no avail|unsuccessfully|didn't help|did not help|hasn't helped|has not helped|nothing helped|nothing works|nothing worked|nothing seems to work)\b
nothing-happens = (nothing happens|nothing happened|nothing is happening|does nothing|did nothing|doesn't do anything|does not do anything|didn't do anything|did not do anything|no response|nothing changes|nothing changed)\b
same-problem 0.5 = same (problem|issue|error|result|thing|message|screen|behaviour|behavior)\b
persists = (problem|issue|error|bug|it) (persists|remains|continues|is still there|keeps coming back|came back|is back)\b
having-trouble = (having|have|had|has|facing|experiencing|encountering|run into|ran into|running into|hit|hitting|dealing with|getting) (a |an |some |the |this |that |same |serious |major |big |weird |strange |constant |ongoing |recurring |lots of |a lot of |so many |many |real )?(problem|problems|issue|issues|trouble|difficulty|difficulties|error|errors|bug|bugs|headache)\b(?![^.!?\n]{0,60}([,;] (\w+ ){0,2}|\b(and|which|that|but) (it |that )?(was|got|has been|were|is|you|they) (quickly |promptly |finally |now |all )?)(sorted|fixed|resolved|solved|cleared up)\b)
problem-with 0.5 = (problem|problems|issue|issues|trouble) (with|in|on|when|logging|accessing|connecting|getting|using)\b
help 0.5 = (please help|help me|help us|need help|need your help|help!|help please|any help|any ideas|any suggestions|any advice)\b
but-not 0.5 = (but|yet|however|though) (it|the|this|that|they|nothing|no|not|now|still|then|when|i|my|our|we|all|every|each|there|only|on|in|as|after|instead|just|none|neither)\b[^.!?\n]{0,70}(not|\w\w++(?<=n)[’']t\b|(?=[abdefijknorsw])(?:n(?:ever|o\b|othing|one)|s(?:till|ame)|only|instead|a(?:gain|lways)|w(?:rong|hite)|e(?:rror|mpty|very time|ach time)|fail\w*|k(?:eeps?|ept)|b(?:lank|lack)|disappear\w*|revert\w*|just))
even-though 0.5 = (even though|even if|although|despite|in spite of)\b[^.!?\n]{0,80}\b(i|we)('ve| have| had)? (already|paid|did|done|tried|followed|checked|changed|entered|added|set|updated|selected|clicked|restarted|installed|verified|confirmed)\b
instead 0.5 = instead (of|it|the|i|we|they|a|an)\b
only 0.5 = (only|just) (shows|displays|gives|lets me|returns|loads|opens|sends|works|goes)\b
asks-again 0.5 = (asks|asked|asking|prompts|prompted|prompting|redirects|redirected|takes|took|sends|sent) (me |us )?(to|for|back to)? ?(log ?in|sign ?in|login|start|the start|the beginning|the same page|again|the home ?page|a blank)\b
tells-me 0.5 = (it|this|that|the \w+|app|page|screen|dashboard|site|system) (says|said|tells me|told me|shows|showed|claims|claimed|displays|reads|lists|keeps saying|keeps showing|still says|still shows) ((\w+ ){0,4})(invalid|incorrect|wrong|not found|not valid|unavailable|expired|failed|denied|declined|error|already|pending|unverified|not connected|offline|empty|blank|zero|no |not |nothing|unknown|unable|maximum|limit|reached|exceeded|too many|locked|blocked|not allowed|not supported|unsupported|cooling|heating)
wont-work 0.5 = (not|no longer|never) (able|possible)\b
slow 0.7 = (very|extremely|really|so|super|painfully|incredibly|unbearably|too|horribly|terribly|ridiculously|awfully) (slow|laggy|sluggish|unstable|unreliable|flaky|buggy)\b
hours-loading = (loading|spinning|waiting|stuck|frozen|hanging) (for|over|more than|nearly|almost) (\d+|a|an|half an|ten|twenty|thirty|several|many|a few|two|three|five|fifteen) (seconds|minutes|hours|days|mins|hrs)\b
wasted = (wasted|spent|lost) (an |the |my |our |a |\d+ |two |three |several |hours|all )((\w+ ){0,2})(hour|hours|afternoon|morning|day|days|evening|week|weekend|time)\b
# Attempts told without "tried": a fix the writer already made, a fix
# repeated, a guide followed, a search made, every option gone through.
fix-done 0.5 = ((i|we)( have|'ve| had|'d)?( already| also| even| just| both| since)?|already) (restarted|rebooted|reinstalled|re-installed|uninstalled|reset|cleared|re-entered|retyped|re-typed|re-paired|re-added|re-uploaded|re-downloaded|redownloaded|reconnected|unplugged|power-cycled|logged out|signed out|double-checked|checked that|made sure)\b(?!( \w+){0,4} (on our side|on our end|at our end|for you|for your)\b)
fix-repeated = (restarted|rebooted|reinstalled|re-installed|reset|cleared|re-entered|retyped|re-typed|re-paired|re-uploaded|re-downloaded|redownloaded|reconnected|unplugged|power-cycled|made a restart|did a restart|refreshed|reloaded)\b[^.!?\n]{0,40}?\b(twice|two times|three times|four times|five times|\d+ times|several times|many times|multiple times|a few times|a couple of times|a dozen times|countless times|numerous times|over and over|again and again)\b
done-repeated 0.7 = (changed|switched|logged out|signed out|requested|entered|typed|submitted|scanned|clicked|tapped|pressed|uploaded|downloaded|installed|updated)\b[^.!?\n]{0,40}?\b(twice|two times|three times|four times|five times|\d+ times|several times|many times|multiple times|a few times|a couple of times|a dozen times|countless times|numerous times|over and over|again and again)\b
followed-guide 0.5 = (followed|following|went through|gone through|going through|worked through|as per|according to) (the|your|all the|all|every|each|those|these|all of the|all your|every single)( \w+){0,3}? (steps|step|instructions|instruction|guide|guides|article|articles|tutorial|tutorials|help page|help pages|faq|faqs|docs|documentation|video|videos|wizard|manual|walkthrough|troubleshooting)\b
searched 0.5 = ((i|we)( have|'ve| had)?( already| also| even)? (looked|searched|hunted|dug|scrolled|rummaged) (under|in|through|everywhere|all over|around|high and low|on|both)|(i|we)( have|'ve| had)?( already| also)? (checked|gone|went) (everywhere|all over|through))\b
every-option 0.7 = (every|each|all the|any|everything|anything|everywhere|all) (\w+ ){0,2}(i|we) (can|could) (find|think of|see|locate|imagine)\b
too-many-tries 0.5 = (too many|several|multiple|repeated|numerous) (unsuccessful |failed |wrong |incorrect |invalid )?(login |log-in |sign-in |password |pin |payment )?(attempts|tries)\b
# Wanting to do something and meeting an obstacle; being allowed only a part.
want-but 0.5 = (i'd like to|i would like to|i want to|i need to|i wanted to|i was hoping to|i'm trying to|i am trying to|we'd like to|we would like to|we want to|we need to|we wanted to|we were hoping to)\b[^.!?\n]{0,80}?(?=b)\bbut\b
lets-me-but-not = (lets|let|allows|allowed|allow|only lets|only allows) (me|us) (to )?[^.!?\n]{1,60}?\bbut not\b
# Questions that show a way already failed, or ask for a fix.
actually-how 0.5 = (how|where|what|who|when) (do|can|should|could|am) (i|we) (actually|even|possibly|ever)\b
how-to-fix = how ((can|could|do|should|would|might|must|may) (i|we|you|one) |(i|we) (can|could|should|might|may) |to )(best )?(fix|solve|resolve|sort out|repair|remedy|get around|work around|overcome)\b(?! (a|an|the|our|my) (time|date|day|meeting|call|appointment|price|rate|slot)\b)
human 0.5 = (speak|talk|chat|get through) (to|with) (a |an )?(real |actual |live )?(human|human being|real person|actual person|live person)\b
# Progress that stalls, a fix that did not hold, a thing that stopped.
stalls 0.5 = ((gets|got|reaches|reached) (to |up to )?|(stops|stopped|stuck|sits|sat|hangs|hung|freezes|froze|stalls|stalled) (at|on|around) )(about |around )?\d{1,3} ?%
supposedly-fixed 0.7 = (marked|closed|said|says|claims|claimed|told me|supposedly|supposed to be|meant to be|should be|should have been)( (the|this|that|my|our|it) \w+)?( as| it was| it is| it's| to be)? (resolved|fixed|solved|sorted)\b[^.!?\n]{0,30}?\bbut\b
comes-back 0.5 = (come|comes|came|coming) back (after|with|on|every|each|again|whenever)\b
stopped 0.5 = (stopped|stops)\b(?=\s*([.,;!?]|$|and\b|again\b|altogether\b|completely\b|overnight\b|yesterday\b|today\b|this morning\b|last night\b|suddenly\b|randomly\b|halfway\b))
# Two sources that disagree: "the pharmacy says it was not sent, but
# the portal shows it approved".
says-but-shows = (says|said|shows|showed|tells me|told me|states|stated|displays|lists|reads) [^.!?\n]{1,80}?(?=[bwyht])\b(but|while|whereas|yet|however|though) [^.!?\n]{0,60}?(?=[adilrst])\b(says|said|shows|showed|tells me|told me|states|stated|displays|lists|reads|is showing|are showing)\b
not-clear-to-me = (not|isn't|is not|wasn't|was not|aren't|are not) (very |so |really |entirely |quite |at all |that |too )?(clear|obvious) (to|for) (me|us)\b
# Ways of saying it fails without the words above: a state that will not
# change, a way that is blocked, an effect that never comes, a regression,
# a doubt whether the behaviour is right, an error message quoted.
no-matter = no matter (how|what|which|where|when|whether) (i|we)\b
stays-state = (stays|stay|stayed|staying|remains|remain|remained|remaining|sits|sat|keeps showing|keep showing) (completely |totally |just |always |permanently )?(grey|gray|greyed out|grayed out|greyed|grayed|disabled|inactive|blank|empty|black|white|frozen|unchecked|red|offline|at 0|at zero|at 0%|on the same (screen|page|step)|on the loading (screen|page)|on the splash screen|on a blank (screen|page))\b
stuck-on = stuck\b(?<=\bis stuck|\bare stuck|\bwas stuck|\bwere stuck|\bbeen stuck|\bgets stuck|\bget stuck|\bgot stuck|\bgetting stuck|\bremains stuck|\bremained stuck|\bstays stuck|\bstayed stuck|\bseems stuck|\bkeeps getting stuck|\bkeep getting stuck|\bis completely stuck|\bis totally stuck|\bis still stuck|\bis just stuck|\bare still stuck|\bis permanently stuck|\bwas completely stuck|\bgot completely stuck)
stuck-idiom = ((going|go|went|running|run) (round|around) in circles|round and round in circles|(hit|hits|hitting) a (brick )?wall|(hit|reached) a dead end|dead end\b(?<=\bat a dead end)|square one\b(?<=\bback to square one)|wits' end|wit's end|(tearing|pulling) my hair out|banging my head|ideas\b(?<=\bout of ideas))\b
no-effect = no\b(?<=\bhas no|\bhad no|\bhave no|\bhaving no|\bwith no|\bmade no|\bto no|\bbut no|\byet no|\bstill no|\band no) (visible |noticeable |apparent )?(effect|difference|improvement|change)\b|no (change|difference|improvement|effect|luck)\s*[.!]
doesnt-see = (doesn't|does not|won't|will not|no longer|didn't|did not) (see|sees|detect|detects|recognise|recognises|recognize|recognizes|read|reads|pick up|picks up|register|registers) (the|my|our|it|any|this|that|a|an|either)\b
refuses-to = (refuses|refused|refusing|refuse) to ((\w+ )?)(open|load|start|work|connect|accept|recognise|recognize|boot|pair|sync|print|install|update|launch|charge|turn on|let me|let us|save|take|read|play|upload|download|send|log|sign|register|pay|go|run|respond|close|delete|cooperate)\b
by-itself = ((restarts|restarted|reboots|rebooted|shuts down|shut down|shuts off|shut off|turns off|turned off|turns on|turned on|switches off|switched off|logs out|logged out|logs me out|logged me out|changes|changed|resets|deletes|deleted|closes|closed|unpairs|unpaired|disconnects|disconnected|reverts|reverted|moves|moved|locks|locked|dims|dimmed|mutes|muted|pauses|paused|stops|stopped) (itself|by itself|on its own|themselves|by themselves|on their own)|(turns|turned|switches|switched|shuts|shut) (itself|themselves) (off|on|down))\b
appears-twice = (appears|appear|appeared|appearing|shows up|show up|showed up|showing up|listed|imported|duplicated|syncs|synced|arrives|arrived|prints|printed) (twice|two times|three times|in duplicate|double)\b
again-after = (declined|rejected|dropped|wiped|gone|missing|logged out|locked|reset|blank|empty|down|offline)\b(\s+\w+){0,3}? again\b
got-declined = (declined\b(?<=\bis declined|\bwas declined|\bwere declined|\bare declined|\bgot declined|\bgets declined|\bget declined|\bkeeps getting declined|\bkeep getting declined|\bbeing declined|\bbeen declined|\balways declined)|rejected\b(?<=\bis rejected|\bwas rejected|\bwere rejected|\bare rejected|\bgot rejected|\bgets rejected|\bget rejected|\bkeeps getting rejected|\bkeep getting rejected|\bbeing rejected|\bbeen rejected|\balways rejected)|refused\b(?<=\bis refused|\bwas refused|\bwere refused|\bare refused|\bgot refused|\bgets refused|\bget refused|\bkeeps getting refused|\bkeep getting refused|\bbeing refused|\bbeen refused|\balways refused)|bounced back\b(?<=\bis bounced back|\bwas bounced back|\bwere bounced back|\bare bounced back|\bgot bounced back|\bgets bounced back|\bget bounced back|\bkeeps getting bounced back|\bkeep getting bounced back|\bbeing bounced back|\bbeen bounced back|\balways bounced back))
only-if = only (works|work|worked|charges|charge|connects|connect|prints|print|loads|load|syncs|sync|plays|play|starts|start|turns on|responds|respond|opens|open|shows|show|appears|appear)( properly| correctly| reliably| at all)? (if|when|after|once|while)\b
wiped-settings = (wiped|wipes|wiping|erased|erases|forgot|forgets|forgetting|forgotten|lost|loses|losing) (all )?(of )?(my|our|the|all|your) ((\w+ ){0,2})(settings|preferences|prefs|keybinds|keybindings|key bindings|bindings|progress|streak|config|configuration|customisations|customizations|layout|bookmarks|favourites|favorites|presets|playlists|save|saves|history|changes|edits)\b
was-reset = (streak|progress|settings|preferences|counter|score|level|balance|points|history|layout|config|configuration) (was |got |has been |have been |had been |keeps getting |just |has |have )?(reset|wiped|erased|cleared) (to|itself|themselves|back)\b
goes-back-to = (goes|went|gone|going|keeps going|keep going|reverts|reverted|jumps|jumped|flips|flipped|snaps|snapped|defaults|defaulted|resets itself) back to (the )?(old|previous|default|original|start|beginning|same|first|home|login|main|factory|last|blank|zero)\b
quoted-error = (says|said|saying|say|shows|showed|showing|show|displays|displayed|displaying|gives|gave|giving|give|returns|returned|returning|reads|throws|threw|throwing|get|gets|got|getting|receive|receives|received|tells me|told me|telling me|pops up|popped up|comes up|came up|message|error|warning|notice|banner)\b[^"“”\n.!?]{0,40}["“][^"”\n]{0,60}?\b(not|invalid|incorrect|expired|already|unavailable|unable|cannot|can't|couldn't|failed|failure|error|wrong|denied|declined|rejected|incomplete|unknown|oops|went wrong|try again|unsupported|exceeded|too many|timed out|timeout|forbidden|unauthorised|unauthorized|blocked|locked|suspended|missing|mismatch|outstanding|disabled|problem|refused|unreachable|unverified|sorry)\b[^"”\n]{0,60}["”]
error-appears = (error|error message|error code|warning|exception|red exclamation mark|red cross|error screen) (appears|appeared|pops up|popped up|comes up|came up|shows up|showed up|is shown|was shown|is displayed|is appearing|keeps appearing|keeps popping up)\b
been-like-this = like (this|that)\b(?<=\bbeen like this|\bbeen like that|\bis like this|\bis like that|\bwas like this|\bwas like that|\bwere like this|\bwere like that|s like this|s like that) (since|for|all)\b
been-at-it = (been at (this|it)|been on (this|it)|spent|wasted) (for |over |all |the whole |the entire |most of |half |the better part of )?(my |the |this |an |a |two |three |several )?(evening|day|morning|afternoon|night|weekend|hours|hour|week|sunday|saturday)\b
used-to-work = (used to work(?= *([.,;!?]|$|(fine|perfectly|well|properly|normally|before|ok|okay|and|but|until|just fine)\b))|used to be fine|working (fine |perfectly |ok |okay |normally |well )?(before|until|yesterday|last week|last month|earlier|this morning|a (week|month|day) ago)|worked (fine |perfectly |ok |okay |normally |well )?(until|before|up until|till)|before (it|this|that) (was|used to be) working)\b
since-update 0.5 = (since|after|following) ((the|your|last night's|this morning's|yesterday's|today's|the latest|the last|the recent|a recent|the new|your latest|your last|your recent|last week's) ((\w+ ){0,2})(update|upgrade|migration|redesign|release|patch|firmware|version|changeover|maintenance|outage)|(updating|upgrading|migrating|switching) (to|the|our|my))\b
some-reason 0.5 = (reason\b(?<=\bfor some reason|\bfor whatever reason|\bfor no reason|\bfor no apparent reason|\bfor no obvious reason|\bfor no good reason)|nowhere\b(?<=\bout of nowhere)|sudden\b(?<=\ball of a sudden)|suddenly|randomly)\b
over-and-over 0.5 = (over and over|again and again|round and round|back and forth|loop\b(?<=\bon a loop|\bin a loop)|endless loop|infinite loop)\b
intermittent 0.5 = (patchy|intermittent|intermittently|spotty|hit and miss|hit-or-miss|off\b(?<=\bon and off)|comes and goes|sporadic|sporadically)\b
leaks 0.7 = (leaking|leaks|leaked|dripping|drips)\b
not-exist 0.5 = (doesn't|does not|don't|do not|didn't|did not) (seem to )?exist\b
http-error = (returning|returns|returned|throwing|throws|threw|giving|gives|gave|getting|get|got|gets|hitting|hit|answers|answering) (a |an |the )?(http |status )?[45]\d\d\b
cut-off = (got|get|gets|was|were|been|then|keep getting|keeps getting|kept getting) (cut off|disconnected|hung up on)\b
code-invalid = (code|coupon|voucher|promo code|discount code|gift card|link|token|password|pin|key|licence|license|ticket|qr code|barcode)( [\w-]+)? (says|is|was|shows as|comes up as|comes back as|shows|keeps saying) (it's |it is |as |that it's |that it is )?(expired|invalid|not valid|no longer valid|already used|already redeemed|used|not recognised|not recognized|rejected|wrong|incorrect|unknown)\b
attempt-nothing = (times|twice|again|already|restarts|tries|attempts)[,.]? (but )?(nothing|no change|no luck|same result|same thing|still the same|still nothing|is same|it's the same|it is the same)[.!]
despite-setting = (even though|although|despite) (([\w-]+ ){0,4})(is|are|was|were|being|has been|have been|is definitely|is clearly) (switched|turned|set|toggled|enabled|disabled|configured) (on|off|to|correctly|properly|in)\b
ignores 0.7 = (ignores|ignored|ignoring) (my|the|our|any|all|its|every)\b
even-with-new 0.5 = even (with|after|on) (a |the |my )?(brand new|brand-new|new|fresh|different|another|replacement|second|spare)\b
# A doubt whether a behaviour is right, a question whether others have it.
is-it-a-bug = (bug\b(?<=\bis this a bug|\bis that a bug|\bis it a bug|\bis there a bug|\bis this some kind of bug|\bis there some kind of bug|\bis this some sort of bug|\bis this a known bug|\bis there a known bug)|glitch\b(?<=\bis this a glitch|\bis that a glitch|\bis it a glitch|\bis there a glitch|\bis this some kind of glitch|\bis there some kind of glitch|\bis this some sort of glitch|\bis this a known glitch|\bis there a known glitch)|fault\b(?<=\bis this a fault|\bis that a fault|\bis it a fault|\bis there a fault|\bis this some kind of fault|\bis there some kind of fault|\bis this some sort of fault|\bis this a known fault|\bis there a known fault)|defect\b(?<=\bis this a defect|\bis that a defect|\bis it a defect|\bis there a defect|\bis this some kind of defect|\bis there some kind of defect|\bis this some sort of defect|\bis this a known defect|\bis there a known defect)|known issue\b(?<=\bis this a known issue|\bis there a known issue|\bis that a known issue)|known problem\b(?<=\bis this a known problem|\bis there a known problem|\bis that a known problem))(?!\s+(tracker|report|reports|bounty|list|fix|fixes|form))
it-is-a-bug = (bug\b(?<=s a bug|s a known bug|s some kind of bug)|glitch\b(?<=s a glitch|s some kind of glitch))\s*\?
known-issue 0.7 = (known|reported|ongoing) (issue|issues|problem|problems|bug|bugs|outage|fault|faults) (with|on|in|affecting|for)\b
is-that-normal = (normal\b(?<=\bis this normal|\bis that normal|\bis it normal)|expected\b(?<=\bis this expected|\bis that expected|\bis it expected)|intended\b(?<=\bis this intended|\bis that intended|\bis it intended)|right\b(?<=\bis this right|\bis that right|\bis it right)|correct\b(?<=\bis this correct|\bis that correct|\bis it correct)|supposed to happen\b(?<=\bis this supposed to happen|\bis that supposed to happen|\bis it supposed to happen)|meant to happen\b(?<=\bis this meant to happen|\bis that meant to happen|\bis it meant to happen)|by design\b(?<=\bis this by design|\bis that by design|\bis it by design))\s*\?
just-me = ((just|only) me\b(?<=\bis it just me|\bis it only me)|anyone else (having|getting|seeing|experiencing|noticed|noticing|had|affected|facing)|only one\b(?<=\bam i the only one))\b
something-wrong = (something\b(?<=\bis something|\bhas something|\bwas something)|anything\b(?<=\bis anything|\bhas anything|\bwas anything)) (wrong|broken|changed|off|up) (with|on|in|at)\b

[frustration]
angry-words = (frustrating|frustrated|frustration|infuriating|infuriated|exasperating|exasperated|maddening|fed up|sick of|sick and tired|tired of|had enough|fuming|livid|furious|outraged|angry|pissed|mad at|upset|irate)\b
annoyed = (annoying|annoyed|irritating|irritated|aggravating|aggravated|bothered|tiresome)\b
harsh-words = (ridiculous|absurd|unacceptable|outrageous|disgraceful|disgusting|pathetic|useless|hopeless|incompetent|incompetence|laughable|shameful|shocking|appalling|atrocious|insane|unbelievable|inexcusable|a joke|a disgrace|a nightmare|a mess|a shambles|scam|rip-off|ripoff|rip off)\b
bad-words 0.8 = (terrible|horrible|awful|dreadful|worst|garbage|rubbish|trash|junk|lousy|crappy|shoddy|unprofessional|sloppy|amateurish|infuriatingly|broken again|unusable|worthless)\b
waste = (waste|wasting|wasted) ((\w+|\w+'s) ){0,2}(time|money|effort|energy|afternoon|morning|evening|weekend|day)\b
sarcasm = (thanks for nothing|thanks for absolutely nothing|thanks a lot\.|great job\.|well done\.|love that for us|love that for me|how hard is it|how hard can it be|are you serious|are you kidding|are you joking|you've got to be kidding|you have got to be kidding|you must be joking|oh great|just great|oh wonderful|oh brilliant|what a joke|yeah right|nice one\.|way to go\.|good job\.|bravo\.|oh joy|lovely\.|fantastic\.|brilliant\.)
seriously = (seriously|really|honestly|come on|cmon|c'mon)\s*[?!]{1,}
are-you-kidding = (seriously|unbelievable|ugh|argh|sigh|jeez|geez|smh|ffs)\b
why-question 0.75 = why (is|does|do|did|can't|cannot|won't|isn't|doesn't|didn't|would|on earth|the hell|tf|must|should|do i have to|is it so|are you)\b[^?\n]{0,100}\?
who-did = who (asked|tests|tested|thought|designed|decided|approved|came up with|in their right mind)\b
what-point = (what is|what's|what was) the point\b
paying-for = what (am i|are we|exactly am i|exactly are we) paying (you )?for\b
how-many-times = how (many|long|much longer) (more )?(times|days|weeks|months|hours|emails|calls|messages)\b[^?\n]{0,60}(have|do|will|must|should|am|are|is|until)\b
how-is-this = how (is|can|was|has) (this|that|it) (possible|acceptable|ok|okay|allowed|legal|still|closed|marked|been closed|not fixed|resolved)\b
still-waiting = (still waiting|still no (reply|response|answer|word|update|news|fix|refund|sign)|still nothing|still haven't heard|still have not heard|still hasn't been|still has not been|still not fixed|still not resolved|still unresolved|still broken)\b
any-update 0.8 = any (update|updates|news|progress|eta|word|response|reply|answer)s?( on| about| regarding|\?)
when-fixed = when (will|is|are|can|do|does) (this|it|that|these|they|you|the \w+) (be |get |going to be |finally )?(fixed|resolved|released|merged|done|ready|available|addressed|implemented|solved|sorted|looked at|answered|refunded)\b
it-has-been = (it's|it has|it is|its|been|that's|that was|since it's|since it has) (been )?(\d+|a|an|two|three|four|five|six|seven|eight|nine|ten|several|many|a few|few|over a|over|almost|nearly|more than|well over|about) ((\w+ ){0,1})(days?|weeks?|months?|years?|hours?)\b
for-ages = (for|in) (days|weeks|months|ages|years) (now|already)\b
ages = (days|weeks|months|years) (later|on end|and still|and nothing|without|of this)\b
nobody = (no one|nobody|no-one) (has |had |seems to have |has even |even |ever )?(replied|responded|answered|gets back|got back|helps|helped|cares|bothered|listens|seems to care|is answering|is responding|picks up|read|looked|knocked|checked|called|come|turned up|showed up)\b
repeated-times = (this|it) is (the|my|our) (second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th|umpteenth|nth|tenth|\d+th) (time|email|e-mail|message|request|ticket|attempt|call|follow[- ]up)\b
threat-leave 0.5 = (cancel|cancelling|canceling|close|closing|leave|leaving|switch|switching|move|moving|dispute|disputing|report|reporting|take my business|go elsewhere|going elsewhere)\b[^.!?\n]{0,40}(?=[abcdelmors])\b(account|subscription|membership|elsewhere|competitor|another provider|different provider|my bank|chargeback|bbb|regulator|ombudsman|lawyer|solicitor|court|review)\b
never-again = (never|won't|will not|wouldn't|would not|will never|would never) (buy|use|recommend|order|book|fly|shop|deal|come back|be back|trust)\b[^.!?\n]{0,40}\b(again|anyone|you|this|your)\b
hate = (hate|hated|hating|loathe|detest|can't stand|cannot stand) (this|it|that|the|your|how|when|having)\b
do-your-job = (do your job|get your act together|sort it out|sort this out|fix it already|fix this already|fix this now|fix it now|fix this mess|just fix it|fix this\.|fix this!|enough is enough|last straw|i give up|i am done|i'm done|had it with)\b
profanity 0.8 = (fuck|fucking|fucked|fucks|fucker|fuckery|f\*+k|f\*+king|shit|shitty|shite|sh\*t|bullshit|wtf|ffs|goddamn|goddamned|piss|pissed|pissing|crap|crappy|screw this|screw you|screw it|screw that|sucks|sucked|suck|bloody hell|what the hell|the hell|hell is|bs)\b
mild-profanity 0.8 = (damn|dammit|darn|hell|bloody|freaking|frigging|effing)\b
dont-understand-why 0.9 = (i don't|i do not|i really don't|i simply don't|i can't|i cannot|i fail to) (understand|see|get|comprehend|fathom) (why|how|what the)\b
dont-understand-adverb = (genuinely|honestly|truly|just) (don't|do not) (understand|see|get|comprehend|fathom) (why|how|what the)\b
who-cares = (who cares|nobody cares|no one cares|don't care|do not care|couldn't care less|beyond me|is beyond me)\b
pointless = (pointless|toxic|nonsense|irrelevant|a farce|a travesty|ludicrous|preposterous|idiotic|stupid|dumb|moronic|braindead|brain-dead)\b
over-and-over = (over and over|again and again|time and time again|time after time|yet again|once again|for the umpteenth time|every single time|each and every time)\b
stop-it = (please stop|stop (complaining|rambling|whining|asking|spamming|bumping|ignoring|closing|telling|sending|changing|breaking|pushing|wasting)|cut it out|knock it off|enough of this|give it a rest)\b
clearly-not 0.8 = (clearly|obviously|evidently|apparently) (you|haven't|hasn't|don't|doesn't|didn't|not|nobody|no one|none|noone|someone didn't|you've not|you have not)\b
absolutely-bad 0.8 = (absolutely|completely|totally|utterly|entirely) (no|not|nothing|useless|wrong|unusable|broken|ridiculous|unacceptable|pointless|irrelevant|worthless|unreasonable|insane|absurd|incompetent|clueless)\b
a-shame = (a shame|a pity|shame on|shameful|embarrassing\b(?!,? but)|an embarrassment|a disgrace|disgraceful)\b
disappointed = (disappointed|disappointing|disappointment|let down|frustrates me|annoys me|bugs me|drives me (crazy|nuts|mad|insane|up the wall))\b
you-people = (you people|you guys never|you guys always|do you (people|guys|even) (even |not |actually )?(read|understand|know|care|test|listen)|basic reading|reading comprehension|read the (docs|thread|issue|documentation|previous comments|message)|rtfm)\b
come-on = (come on|cmon|c'mon|give me a break|are you for real|for real\?|for crying out loud|for god's sake|for gods sake|for heaven's sake|for the love of god|for the love of|good grief|jesus christ|oh my god|dear god)\b
long-time 0.5 = (for|over|more than|nearly|almost) (\d+|a|an|two|three|four|five|six|seven|eight|nine|ten|several|many) (years|months|weeks)( now| already)?\b
years-later 0.65 = (1|2|3|4|5|6|7|8|9|10|11|12|14|15|20|24|30|48|one|two|three|four|five|six|seven|eight|nine|ten|several|many|a few|some) (years|months|weeks) (later|on|now and|and still|and nothing|and counting)\b
still-broken 0.55 = (still|yet) (broken|not working|not fixed|an issue|a problem|happening|impossible|unresolved|open|not resolved|no fix|no solution|unusable)\b
frankly 0.55 = (frankly|quite frankly|to be frank|to be honest|honestly|tbh|sorry but|sorry, but|i'm sorry what|i'm sorry, what|no offense but|no offence but|with all due respect)\b
complaining 0.7 = (whining|complaining|ranting|rambling|moaning|bitching|griping|crying about)\b
forced 0.35 = (forced|forcing|force|forces) (me|us|users|people|everyone|anyone|customers|developers) to\b
insulting = (insult|insulting|insulted|offensive|disrespectful|condescending|patronising|patronizing|arrogant|rude|personal attack|petty|childish|immature|hostile|aggressive)\b
angry-emoji = [\x{1F644}\x{1F624}\x{1F621}\x{1F620}\x{1F92C}\x{1F612}\x{1F926}\x{1F92E}\x{1F4A9}\x{1F595}]
ellipsis-rant 0.3 = \.{4,}|…{2,}
disagree 0.9 = (i|we) (strongly |completely |totally |fundamentally |vehemently )?(disagree|object)\b
not-how = (that's|that is|this is|it's|it is) (not|never) how (it|this|things|open source|open-source|software|support|customer service) (works|work|should work|is supposed to work)\b
care-to-read = (if you (would|could|had|'d) (care|bother|bothered|cared|taken the time) to|care to read|bother to read|bothered to read|if you actually read|did you even read|did you read|have you even read|read carefully|not sure if you read|actually read)\b
you-should-know 0.65 = (you|you'd|you would|you guys|you people|y'all) (should|need to|have to|must|ought to) (know|read|understand|learn|realize|realise|be aware|have known|check|test)\b
keep-civil = (keep it civil|be civil|calm down|chill out|just chill|please be respectful|tone it down|watch your tone|your tone|vent|venting|this attitude|that attitude|your attitude)\b
bad-faith = (counterproductive|misplaced|bad faith|bad-faith|uncompromising|entitled|entitlement|bikeshedding|nitpicking|gaslighting|strawman|straw man)\b
ruin = (ugly|hideous|ruin|ruins|ruined|ruining|hurts my eyes|eyesore|butchered|crippled|crippling)\b
given-up 0.65 = (given up|giving up|gave up|give up on)\b
time-passed 0.75 = (days|weeks|months|years|a year|a month|a week) (have |has )?(passed|gone by|went by)\b
without-response = (without|with no|with zero|and no|and zero|but no) (any )?(response|reply|answer|update|progress|feedback|acknowledgement|acknowledgment|explanation|word)\b
took-over 0.5 = (took|takes|taking|cost|costs) (me |us )?(over|more than|almost|nearly) (an|a|\d+|two|three|several) (hour|hours|day|days|week|weeks)\b
again-comma 0.6 = (so again|again|once again|yet again|as already said|as already mentioned|as stated before|as explained before|as i said before),
you-are-wrong = (you are|you're|youre|you were|you've been|you have been) (wrong|mistaken|confusing|missing the point|not listening|ignoring|not reading|clearly wrong|completely wrong|simply wrong|so wrong)\b
why-you = why (are|would|do|did|does|is) (you|anyone|someone|nobody|no one|they) (doing|do|keep|insist|still|even|always|never|ignore|ignoring|closing|close)\b
just-explained 0.85 = (just|already|literally just|literally already) (explained|said|answered|told you|mentioned|showed|shown) (that|this|it|you|why|how)\b
kidding-me = (you|are you|you're|youre) (kidding|joking|serious|for real) (me|right)\b
sorry-what = (sorry|excuse me|i'm sorry|im sorry),? what\?
why-cant-anyone 0.85 = why (can't|cant|cannot|won't|wont|doesn't|isn't|is nobody|does nobody|has nobody|hasn't anyone|can't anyone|won't anyone|doesn't anyone|is no one)\b
yet-another = (yet another|another one of these|here we go again|same old|not again)\b
shouldnt-be 0.85 = (shouldn't|should not|should never) (be|have to be|need to be) (necessary|needed|required|this hard|this difficult|this complicated|that hard|so hard|so difficult|an issue|a problem)\b
your-problem 0.55 = (your|their|his|her) (own )?(problem|fault|issue|mistake)\b
# Clipped sentences of one word each ("Took a selfie. Rejected."), at a
# line start or after a sentence's end.  Written as looks behind after
# "\b", which fail at once inside a word: searched for in every text,
# the rule is then three times as quick.
fragments 0.9 = \b(?<![^ \n])(?<![^.!?] )(?<!^ )[A-Za-z0-9]+\. [A-Za-z0-9]+\.(?=\s|$)
not-impressed = (not impressed|unimpressed|not amused|not acceptable|not good enough|not ok|not okay)\b
anyone-there = (is )?(anyone|anybody|someone|somebody|any human|a human) (actually |even |there |out there |at home |still )?(reading|listening|there|home|working|works there|works at|work there|answering|answers|alive|awake|responding|responds|looking|cares)\b
hello-question = (hello|hi|helloo|hellooo|anyone|anybody)\?+
# Dry sarcasm and exasperation of customer mail: praise that means the
# opposite, silence counted, the same reply again, the writer's own
# mock blame.
sarcastic-praise = ((nice|great|good|brilliant|fantastic|lovely|excellent) (work|job|one|going|update|service|stuff)[,.]? really[.!]|congratulations\b(?<=\bbut congratulations|\bso congratulations|\bwell congratulations|\bbut, congratulations|\bso, congratulations|\bwell, congratulations)|(ah|oh) yes,? the (classic|usual|famous|good old|old)\b|anything but\b(?<=\bis anything but)|called\b(?<=\bso-called))
no-reply-count = (not one|not a single|zero|nil) (reply|replies|response|responses|answer|answers|call back|callback|word|update|updates)\b
silence = (total|complete|radio|deafening|stony|utter) silence\b
still-no-fragment 0.85 = still (no|nothing|not) (\w+ )?\w+[.!]
every-single-dot = every\. single\.
does-anyone-test = (does|did|do) (anyone|anybody|nobody|no one|someone) (at your company |there |over there |on your team |in your company )?(even |actually |ever )?(test|tests|read|check|care|listen|proofread) (this|it|these|your|the|their|anything|before)\b
get-this-straight = ((straight|right)\b(?<=\blet me get this straight|\blet me get this right)|understand this\b(?<=\bso let me understand this)|correctly\b(?<=\bjust so i understand correctly))
which-is-it = which (one )?is it\b(?!\s*[\w'])
clearly-it-isnt = (clearly|obviously|evidently) (it|this|that|they) (isn't|is not|wasn't|aren't|doesn't|does not|didn't|can't|won't|hasn't)\b
usual-reply = ((usual|classic|same old) (excuse|excuses|response|reply|answer|template|script|runaround|run-around|brush-off|line)|standard (excuse|excuses|template|script|runaround|run-around|brush-off|line)|same (template|script|canned response|automated reply|copy-paste|excuse|excuses))\b
could-do-better = (toddler|child|kid|grandma|grandmother|granny|dog|cat|monkey|hamster|five-year-old|six-year-old|seven-year-old) could (do|design|build|write|make|run|code|manage|organise|organize) (this |that |it |a |an )?better\b
mock-blame = ((suppose|guess)\b(?<=\bi suppose|\bi guess) (that's|that is|it's|it is) (on me|my fault|my bad)|silly me|silly of me|mistake\b(?<=\bmy mistake) for (thinking|expecting|trusting|believing|assuming))\b
not-sure-who = not sure who (decided|thought|designed|approved|came up with)\b
sarcastic-another = (great|wonderful|brilliant|fantastic|perfect|lovely|terrific|marvellous|marvelous|awesome|excellent|splendid), (another|yet another|more of the same|just what i needed)\b(?! (question|thing|quick|small|one|request|note)\b)
love-paying = (love|loving|enjoy|enjoying|enjoyed|nothing like|nothing beats) (paying|being charged|being told|being ignored|being on hold|being kept waiting|waiting)\b
money-back-now = (give|send|return) (me|us) (my|our) money back\b
counted-repeat = ((second|third|fourth|fifth|sixth|seventh|2nd|3rd|4th|5th|6th|7th|umpteenth) time\s*[:!]|(third|fourth|fifth|sixth|seventh|3rd|4th|5th|6th|7th|umpteenth) (email|e-mail|message|chat|call|reminder|letter|complaint)[.!]|(two|three|four|five|several|multiple) separate (emails|e-mails|messages|calls|letters|chats))
demand-now = (fix|sort|do|solve|refund|cancel|close|answer|call) (it|this|that|me|us)[.!] (now|today|immediately)[.!]
day-count = day (\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|twenty)[.!:] (still|and still|no|nothing)\b
ashamed = (should be ashamed|ashamed of|whoever (designed|thought|decided|approved|wrote|built|made)|who on earth)\b
absolute-joke = (absolute|complete|total|utter|bloody|fucking) (joke|shambles|farce|disaster|nightmare|mess|disgrace|failure)\b
joke-of = (joke|excuse) of an? \w+\b
not-hard 0.85 = (not|n't|isn't|is not|it's not) (that |a |so |very )?(complicated|difficult|hard|much to ask|rocket science|a big ask|a difficult request|a complicated request)\b
why-on-earth = (why on earth|why the hell|why the heck|why in the world|why oh why|why tf|why the fuck|how on earth|what on earth)\b
whatsoever 0.6 = (whatsoever|at all\?|in any way\?)
be-clear 0.85 = (i want to be|let me be|to be) (very |absolutely |perfectly |crystal |100% )?clear\b
# Exasperation told by its form: the rhetorical "how am I supposed
# to", time on hold counted, a demand for a person, a loss that
# "means nothing to you".
supposed-to 0.85 = (how|what|where|when|who) (am i|are we|is anyone|is someone|is one|are people|are customers|are users|are your customers) (even |then |now )?supposed to\b
on-hold = (on hold|in the queue|in a queue|in the phone queue|in line) (for|over|more than) (over |more than |almost |nearly |about |another )?(\d+|an|a full|half an|two|three|four|five|ten|fifteen|twenty|thirty|forty|fifty|sixty|ninety) (minutes|mins|hours|hrs|hour)\b
want-human = (speak|talk|put me through|transfer me|connect me|escalate this|escalate it)( to| with)? (a|an|to a|to an|some) (actual |real |live |competent |human )?(human|person|human being|manager|supervisor)\b
means-nothing = (mean|means|meant|counts|count|counted) (nothing|zero|very little|so little|little) to (you|your|them|this company|the company)\b
waiting-since = (been waiting|am waiting|i'm waiting|waiting|waited) (since|for) ((\w+ ){0,2})(morning|hours|days|weeks|months|yesterday|ages|forever|an hour|a week|a month|two|three|four|five|\d+)\b
you-told 0.5 = (you|your (colleague|agent|team|website|site|staff|rep|representative)|they) (told|promised|said|assured|guaranteed|confirmed)( me| us)?\b

[intensity]
# How loudly, not what: capitals, runs of ! and ?, stretched words and
# exclamations that anger and joy share.  Their cues count for
# frustration (the kind of their cues), unless the message shows
# delight (see [delight]) and its other frustration cues fall short of
# the flag on their own: "SO GOOD!!!" is no complaint.
bangs 0.5 = !{3,}
double-bang 0.3 = (?<!!)!!(?!!)
question-bangs = (\?+!+|!+\?+)[?!]*
double-question 0.5 = \?{2,}
caps-long 0.25 = (?-i)\b[A-Z]{5,}\b
caps-run 0.7 = (?-i)\b[A-Z]{2,}[A-Z']*(?: +[A-Z]{2,}[A-Z']*)+\b
caps-shout = (?-i)\b[A-Z]{2,}[A-Z']*(?: +[A-Z]{2,}[A-Z']*){2,}\b
caps-short 0.3 = (?-i)\b(NOT|NO|NOW|STOP|FIX|HELP|WHY|WHAT|GONE|STILL|NEVER|EVER|EVERY|ALL|ANY|YOU|YOUR|ARE|WAS|DID|DOES|CAN|WILL|HAVE|JUST|ONLY|BACK|WORK|DONE|LOST|BAD|SICK|HATE|PAID|MONEY|THIS|THAT|THE|AND|ONE|MY|ME|IS|DO|SO|TODAY|AGAIN|HOW|WHO|NEED|WANT|GIVE|GET|RIGHT|LAST|TIME|DAYS|WEEK|YEAR)\b
stretched-words 0.5 = \b(so{4,}|no{4,}|why{3,}|ple+a+s+e{3,}|ugh{3,}|argh+|a{4,}h+|wha{3,}t)\b
wide-bangs 0.5 = [!！]{3,}|！{2,}
shouted-please = (?-i)\b(PLEASE|NOW|NEVER|STILL|AGAIN|TODAY|WHY|HOW)\b
exclaim = (wow|incredible|honestly)\b

[delight]
# Joy, which makes the capitals and exclamation marks of [intensity]
# joy too.  One match, not negated and not in text left out, is
# enough; its words are no cue.  Keep to words that are seldom said
# in irony: not "great" or "thanks" ("Great, broken again!!!").
joy-words = (amazing(?! how| that)|awesome|fantastic|wonderful|superb|stoked|thrilled|delighted|ecstatic|overjoyed|over the moon|excited|so good|so happy|so glad|love it|love this|love you|love the|loving it|loving the|the best|best \w+ ever|best \w+ of the year|yay|yaaay|woo+hoo|hooray|hurray|congrats|congratulations|legends?|you rock|can't wait|cannot wait)\b
big-thanks = ((?-i)THANK YOU|THANKS|(?i)(thank you|thanks)( so+ much| very much| a million| a ton| heaps)|(thank you|thanks)[,.! ]+(thank you|thanks))\b
joy-emoji = [\x{1F60D}\x{1F970}\x{1F929}\x{1F973}\x{1F389}\x{1F38A}\x{1F64C}\x{1F44F}\x{1F4AA}\x{2764}\x{1F495}\x{1F496}\x{1F60A}\x{1F600}\x{1F601}\x{1F603}\x{1F604}\x{1F4AF}]

[casual]
emoticon = (?<![\w/:])(?:[:;=8][-o'^]?[)(\]\[dDpP/\\|3*]+|[xX][dD]+|<3+|\^_?\^|:'\(|[oO]_[oO]|¯\\_\(ツ\)_/¯)(?![\w/])
emoji = [\x{1F300}-\x{1FAFF}\x{2600}-\x{27BF}\x{1F000}-\x{1F2FF}\x{1F900}-\x{1F9FF}]
chat = (lol|lols|lmao|lmfao|rofl|omg|omfg|btw|tbh|imo|imho|idk|ngl|thx|thnx|thanx|tysm|pls|plz|gonna|wanna|gotta|kinda|sorta|dunno|gimme|lemme|yep|yup|nope|dude|ya know|y'know|ain't|cuz|coz|tho|u|ur|r u|nvm|jk|brb|ttyl|smh|fwiw|iirc|afaik|irl|ok ok|okie|okey|k thx|cya|woohoo|yay|yaaay|wooo|ugh|meh|oops|whoops|welp|derp)\b
laugh = (haha|hahaha|hahahaha|hahah|hehe|hehehe|hihi|ahah|ahaha|bwahaha|lolol)\b
friendly-words 0.5 = (hey|heya|hiya|hi there|yo|yeah|yea|awesome|cool|guys|mate|folks|peeps|fam|buddy|pal|super|totally|literally|stoked|psyched|bummer|no worries|no biggie|all good|my bad|heads up|quick q|real quick|ok so|okay so|so yeah|anyways|anyhoo|cheers!|love it|love you guys|you rock|you guys rock|legend|legends)\b
friendly-bang 0.3 = (thanks|thank you|thx|great|awesome|amazing|love|perfect|hi|hey|hello|cheers|yay|wow|nice|cool|brilliant|fantastic|excellent|wonderful|lovely|super|haha|sweet|woohoo|yes|congrats)!+
lowercase-i 0.5 = (?-i)(?<![\w'])i(?:'m|'ve|'d|'ll|’m|’ve|’d|’ll)?(?=\s)

[formal]
dear = dear (sir|madam|sirs|sir or madam|sir/madam|sir / madam|team|support|customer|all|mr|mrs|ms|miss|dr|prof|colleagues|colleague|\w+)\b
respected = respected (sir|madam|sirs|sir or madam|sir/madam|team|sir/mam|mam)\b
foreign-formal = (sehr geehrte|sehr geehrter|estimados|estimado|estimada|egregio|egregi|gentili|gentile|geachte|szanowni|szanowny|szanowna|madame, monsieur|madame monsieur|cher monsieur|prezados|prezado|prezada)\b
to-whom = to whom it may concern\b
grateful = (i|we) (would|should) (be )?(most |very |extremely |really |truly |greatly |so )?(grateful|obliged|thankful|appreciative)\b
would-appreciate 0.7 = (i|we) (would|should) (greatly |very much |really |much |truly )?(appreciate|welcome)\b
please-find = (please find|kindly find|enclosed please find|attached please find|please see attached|attached herewith|enclosed herewith)\b
writing-to 0.5 = (i am|we are|i'm|we're) (writing|contacting you|reaching out) (to|in|regarding|with regard|concerning|about|on behalf|further|following)\b
writing-formally = (i am|we are) writing (to (inform|express|request|complain|notify|advise|confirm|enquire|inquire|bring|draw|lodge|formally|register|raise|report)|in (connection|reference|relation|response) to|with (regard|reference|respect) to|on behalf of|further to|regarding)\b
regards 0.7 = (kind|kindest|best|warm|warmest|with best|with kind|yours) regards\b
yours = yours (sincerely|faithfully|truly|respectfully)\b
sincerely 0.5 = (sincerely|respectfully|cordially)\b
earliest = at your (earliest )?(convenience|earliest)\b
look-forward 0.7 = (i|we) (look|am looking|are looking) forward to (hearing|your|receiving|a|an)\b
hesitate 0.7 = (please )?(do not|don't|dont) hesitate to\b
regarding 0.4 = (with regard to|with regards to|with reference to|in reference to|in respect of|further to|pursuant to|in accordance with|as per)\b
thank-for-attention 0.7 = (thank you|thanking you|thanks) (in advance )?for your (kind )?(attention|assistance|cooperation|consideration|understanding|time and assistance|prompt attention)\b
formal-words 0.4 = (furthermore|moreover|nevertheless|henceforth|whereby|herewith|aforementioned|undersigned|hereby|therein|thereof|heretofore|accordingly|notwithstanding|kindly|shall|whom)\b
advise 0.5 = (please |kindly )?(advise|confirm|indicate|inform me|inform us) (me |us )?(of|whether|as to|on|at|if|how|what|when)\b
respectful-title 0.3 = (?-i)\b(Mr|Mrs|Ms|Dr)\.? [A-Z][a-z]+

[urgency]
urgent = (asap|urgent|urgently|urgency|emergency|immediately|immediate|as soon as possible|without delay|time sensitive|time-sensitive|time critical|time-critical|high priority|top priority|highest priority|priority one|prioritise|prioritize|escalate|escalation|critical)\b
soon 0.5 = (right away|right now|at once|straight away|this minute)\b
asap-dotted = a\.s\.a\.p\.?
# The deadline as said ("by Friday", "before tomorrow's launch"),
# which a draft repeats: heavier than need-by-date, which holds it
# ("we need the file by Friday"), so that it is the cue kept.
by-deadline 1.2 = by (monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun|tomorrow|tonight|today|the end of (the |this |next )?(day|week|month|quarter|year)|end of (the |this |next )?(day|week|month|quarter|year)|eod|eow|cob|noon|midday|midnight|this (morning|afternoon|evening|week|weekend)|next (week|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun)|the \d+(st|nd|rd|th)?|\d{1,2}(:\d\d)? ?(am|pm)|\d{1,2}(st|nd|rd|th)|\d{1,2} (january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)|(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)( \d{1,2}(st|nd|rd|th)?)?)\b
before-event 1.2 = before (the |our |my |tomorrow's |friday's |monday's |tuesday's |wednesday's |thursday's |saturday's |sunday's |next week's |this week's |\w+'s )?(\w+ )?(launch|release|deadline|meeting|demo|presentation|event|flight|trip|wedding|audit|review|go-live|go live|golive|deployment|cutover|opening|sale|conference|holiday|holidays|weekend|run|payroll|billing|exam|class|interview|appointment|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun|end of (the )?(day|week|month)|midnight|noon|then|\d{1,2}(:\d\d)? ?(am|pm))\b
deadline = (deadline|deadlines|due date|due today|due tomorrow|due tonight|due on|due by|due this|due next|due in \d+|due at|is due(?! to\b)|are due(?! to\b)|cut-off|cutoff)\b
at-the-latest = (at the latest|latest by|no later than|not later than|by then|before then)\b
day-part 0.5 = (tomorrow|tonight|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday) (morning|afternoon|evening|night|first thing|at \d{1,2}((:|\.)\d\d)?( ?(am|pm))?)\b
starts-in = (starts|start|begins|begin|opens|closes|leaves|departs|ends|expires|expire|is due|are due|goes live|go live|launches|launch|kicks off|boards|takes off) ((the |our |my )?\w+ )?in (\d+|a|an|one|two|three|four|five|ten|twenty|thirty|a few|a couple of|less than an?|under an?) (minutes|minute|hours|hour|mins|hrs|days|day)\b
launching-on = (launching|launch|going live|go live|go-live|releasing|submitting|submit|presenting|flying|travelling|traveling|leaving|moving|starting|opening|closing|delivering|shipping|filing|paying|travel|fly|runs|run) (home |out |back |abroad |away )?((the|our|my|a|an) (\w+ ){1,2})?(is |are )?(on |this |next |by |first thing )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun|tomorrow|tonight|today|the \d+(st|nd|rd|th)?)\b
look-today = (look at|check|fix|sort|resolve|handle|answer|reply to|deal with|get back to me|call me|contact me|escalate) (\w+ ){0,2}(today|tonight|now|asap|urgently|immediately|this morning|this afternoon|before)\b
emphatic-now 0.7 = (today|now|tonight|immediately|asap|urgently)[.!]+(?=\s|$)
on-priority = (on priority|as a priority|a priority|top priority|high priority|priority basis|with priority)\b
due-to-client = due (to|with|for) (the |my |our |a )?(client|customer|printer|printers|auditors|auditor|bank|boss|board|court|council|publisher|agency|school|university|embassy|consulate|office) (\w+ )?(tomorrow|today|tonight|on|by|this|next|in)\b
waiting-on-us 0.7 = (client|clients|customer|customers|boss|team|users|guests|patients|students|the printer|my manager) (is |are )?(waiting|waiting on|waiting for|expecting|chasing)\b
cannot-work = (cannot|can't|can not|unable to|not able to) (work(?! out)|do my job|do any work|operate|trade|run (my|our) business|serve (my|our) customers|take (card |online |any |new )?(orders|payments|bookings)|get any work done)\b
event-soon = (launch|release|go-live|event|wedding|flight|trip|meeting|audit|presentation|demo|sale|exam|interview|conference|check-in|appointment|surgery|closing|payroll|course|class|term|semester|lesson|shift|tournament|match|show|exhibition|ceremony|party|open house|move|hearing|deadline) (is |starts |begins |happens |leaves |departs )(tomorrow|tonight|today|in (\d+|a|an|two|three|a few) (hours|days|minutes)|this (morning|afternoon|evening|week)|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|at \d{1,2}((:|\.)\d\d)?( ?(am|pm))?)\b
tomorrows 1.2 = (tomorrow's|tonight's|today's|this morning's|this afternoon's|monday's|tuesday's|wednesday's|thursday's|friday's|saturday's|sunday's) (launch|meeting|release|event|deadline|presentation|demo|flight|show|sale|go-live|audit|review|board meeting|call|interview)\b
down = (production|prod|site|website|web site|server|servers|store|shop|checkout|service|services|system|systems|app|platform|everything|api|database|db|email|emails|mail|payments|payment system|payment page|payment gateway|page|login|booking|bookings|booking system|network|portal|dashboard|our site|our store|our shop|our website|vpn|wifi|internet|connection|phone lines|till|pos) (is |are |has been |have been |went |goes |keeps going |keep going |is completely |are completely |is totally )?(down|offline|unreachable|not loading|unavailable|broken for everyone|returning errors|throwing errors|crashing)\b
customers-cant = (customers|clients|users|guests|visitors|buyers|shoppers|people|nobody|no one|our team|our staff|the team|staff|employees|patients|students|members) (can't|cannot|are unable to|aren't able to|can not|are not able to|couldn't) (check out|checkout|pay|order|log ?in|sign ?in|access|buy|book|reach|use|see|get|work|place|complete|receive)\b
losing = (losing|lose|lost|costing us|costing me|cost us|missing out on|missing) (real |serious |a lot of |lots of |so much |good )?(money|sales|revenue|customers|orders|bookings|business|reservations|clients|income|leads|deals|payments)\b
blocking 0.5 = (blocking|blocker|blocked|showstopper|show-stopper|show stopper|held up|holding up|halted|at a standstill|grinding to a halt)\b
outage = (outage|outages|downtime|service disruption|site-wide|sitewide|all of our customers|all our customers|all customers|every customer|all users)\b
need-now = (need|needs|needed|require|must have|have to have|got to have) (this |it |them |help |an answer |a fix |a response |a reply |the \w+ |to (\w+ ){1,3}|(a|an|the|my|our) \w+ \w+ )?(fixed |sorted |resolved |done |working |back |up |back up |online |running )?(today|tonight|now|urgently|fast|quickly|asap|immediately|right now|this morning|this afternoon|by)\b
reply-fast = (please )?(reply|respond|answer|help|fix|call|contact|get back to) (me |us |to me |to us )?(fast|quickly|soon|now|asap|urgently|today|immediately|right away|as soon as)\b
within-hours = (in|within) the next (\d+|few|couple of|two|three|twenty-four|24|48) (hours|minutes|hrs|mins)\b
every-minute = (every|each) (minute|hour|second) (counts|costs|matters|we|this|it|that)\b|(every|each) day (counts|costs|matters)\b
running-out = (running out of time|out of time|time is running out|no time left|last minute|last-minute|time-critical|clock is ticking)\b
# A time limit told as a plain fact: what must happen before something
# ships, renews or ends; a date something is due; "at the earliest".
before-it = before (it|they|the order|the parcel|the package|my order|the payment|the renewal|the trial|the subscription|the booking|the ticket|the money) (ships|is shipped|gets shipped|goes out|is dispatched|gets dispatched|leaves|renews|converts|goes through|charges|expires|closes|is processed|gets processed|runs out|ends|is sent|gets sent|is collected|gets collected)\b
ends-on = (trial|subscription|offer|window|discount|promotion|contract|plan|visa|insurance|policy|lease|registration|enrolment|enrollment|membership|warranty|licence|license|booking|reservation|hold) ((for |of |to )?(\w+ ){0,2})?(ends|expires|closes|runs out|renews|converts|lapses|is cancelled|gets cancelled) (on (monday|tuesday|wednesday|thursday|friday|saturday|sunday|the \d)|tomorrow|tonight|today|in (\d+|a|an|one|two|three|a few) (hours|days|minutes)|this (morning|afternoon|evening|week)|at midnight|at noon)\b
due-on-date = (have to|need to|must|has to|needs to|got to) (pay|submit|file|send|deliver|finish|renew|register|apply|return|book|cancel|complete|hand in|present|move|leave|travel|fly|sign|close) ((['\w]+ ){0,3})(on|by|before) (the )?\d{1,2}(st|nd|rd|th)\b
at-midnight 0.7 = (midnight\b(?<=\bat midnight|\bby midnight|\bbefore midnight|\buntil midnight)|noon\b(?<=\bat noon|\bby noon|\bbefore noon|\buntil noon)|midday\b(?<=\bat midday|\bby midday|\bbefore midday|\buntil midday))
at-the-earliest = (resolve|resolved|revert|reply|respond|solve|solved|fix|fixed|help|process|processed|look into|rectify|rectified|address|addressed|arrange|refund|refunded|update|updated|sort|sorted|attend|needful)\b[^.!?\n]{0,40}\bat the earliest\b(?! (on|in|by|from|next|this|after))
work-due = (have|has|got) (a|an|the|my|our|\d+) (\w+ ){0,2}(to deliver|to submit|to hand in|to finish|to file|to present|to ship|due) (by |on |before )?(next week|this week|tomorrow|tonight|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the \d)
tomorrow-need 0.5 = (tomorrow|tonight|this evening|this afternoon|in an hour|in two hours|in \d+ (hours|hrs|minutes|mins))\b
event-at 0.7 = (class|meeting|flight|train|appointment|presentation|demo|interview|exam|lesson|webinar|wedding|ceremony|party|launch|shift|doors|gig|concert|match|show|event) (is |are |starts |begins |leaves |departs |open |opens )?at \d{1,2}((:|\.)\d\d)?( ?(am|pm))?\b
we-open-at 0.7 = (we|i|they|the shop|the store|the office|the clinic|the restaurant|the venue) (open|opens|start|starts|close|closes|leave|leaves) at \d{1,2}((:|\.)\d\d)?( ?(am|pm))?\b
none-can = (none|not one) of (our|my|the) (staff|team|employees|customers|clients|users|guests|members|students|patients|drivers|agents|people) (can|could|is able to|are able to)\b
queue-of = (queue|queues|line) of (\d+\+?|dozens of|hundreds of|a hundred|fifty|twenty|thirty|forty) (people|customers|guests|visitors|patients|passengers|fans|students)\b
before-date = before (the )?\d{1,2}(st|nd|rd|th)?( of)? (january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b|before (january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec) \d{1,2}(st|nd|rd|th)?\b
have-event = (tomorrow|tonight|this afternoon|this evening|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)) (i|we) (have|has|have got|'ve got) ((a|an|the|my|our|\w+) )?(\w+ )?(meeting|exam|flight|presentation|interview|demo|launch|deadline|appointment|class|event|wedding|trip|audit|test|surgery|hearing)\b
# A need tied to a coming day or hour, in one sentence ("the contract
# must be signed until tomorrow evening", "we need 500 flyers for a
# street festival on Saturday", "I need a sworn translation for a visa
# appointment on 17 September").
need-by-date = (need|needs|must|have to|has to|require|requires|required|expire|expires|expiring|otherwise|or else|in time)\b[^.!?\n]{0,80}?(?=[tbuofdjmasnie\d])\b(tomorrow|tonight|this (morning|afternoon|evening|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(by|before|until|till|for|on) (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(by|before|until|till|on) (the )?\d{1,2}(st|nd|rd|th)\b|\d{1,2}(st|nd|rd|th)? (of )?(january|february|march|april|june|july|august|september|october|november|december)\b|(january|february|march|april|june|july|august|september|october|november|december) \d{1,2}\b|\d{1,2}(:\d\d)? ?(am|pm)\b|\d{1,2}:\d\d\b|end of (the |this )?(day|week|month)|in \d+ (days|hours)|next (week|monday|tuesday|wednesday|thursday|friday))
today 0.3 = (today|tonight)\b

[gratitude]
# The plain thanks, and wanted-to-say, weigh a little more than
# worked-thanks and thanks-worked, so that where they overlap the
# thanks themselves are the evidence ("thank you so much", not
# "worked, thank you").
thanks-for 1.1 = (thank you|thankyou|thanks|thank u|thx|ty|cheers|many thanks|big thanks|huge thanks|massive thanks|a big thank you|a huge thank you|special thanks)( so much| very much| a lot| a million| again| heaps| loads| a ton| so so much| ever so much| kindly| both| all| guys| team)?( for| to)\b(?! nothing\b)(?! absolutely nothing\b)
appreciate = (i|we|really|truly|very|so|much|greatly|deeply|hugely|genuinely|sincerely) (appreciate|appreciated|grateful|thankful)\b(?! it if)(?! if)
appreciate-the = appreciate (the|your) (heads-up|heads up|help|quick|fast|patience|support|update|reply|response|explanation|effort|time|advice|tip|info|information|call|fix)\b
much-appreciated = (much|greatly|really|very much|hugely|truly|deeply|so) appreciated\b
saved = (you|you've|you have|this|that|it|he|she|they|your team|your support|support|which) (really |totally |truly |absolutely |just )?(saved|made) (my|our) (day|life|week|weekend|bacon|evening|morning|skin|sanity|business)\b
you-are = (you're|you are|you guys are|you all are|you lot are|(your|ur) (\w+ ){0,2}(team|staff|agent|agents|support|service|helpline) (is|are|was|were|has been|have been)|support was|you were|she was|he was|they were) (a |an |the |so |truly |really |absolutely |just )?(lifesaver|lifesavers|star|stars|legend|legends|hero|heroes|the best|amazing|awesome|brilliant|wonderful|fantastic|incredible|excellent|great|superb|outstanding|so helpful|very helpful|really helpful|extremely helpful|super helpful|patient|kind)\b
great-job = (great|excellent|amazing|fantastic|brilliant|outstanding|superb|wonderful|fabulous|stellar|top-notch|first-class|awesome) (job|work|service|support|help|customer service|team)\b
kudos = (kudos|hats off|shout out|shoutout|shout-out|props|thumbs up) (to|for)\b
wanted-to-say 1.1 = (wanted|want|like|wish|needed|just|writing) to (say|send|give|pass on) (a )?(big |huge |quick |massive |heartfelt |special )?(thank|thanks)\b
to-thank = ((want|wanted|wish|wished|like|writing|write|just) to|write and|writing to) thank (you|your|the|her|him|them|everyone|whoever)\b(?! in advance)(?! (you )?for (your|any) (help|time|patience|reply|response|answer) in advance)
pass-on-thanks = (pass on|send|give|extend|pass along) (my|our) (thanks|gratitude|appreciation|compliments)\b
worked-thanks = (worked|works now|working now|works perfectly|worked perfectly|did the trick|sorted now|all sorted|got it|fixed it|sorted it|landed|arrived|looks much better|looks great)[,.!]* (thank you|thankyou|thanks|thank u|thx|cheers)\b
thanks-worked = (thank you|thankyou|thanks|thank u|thx|cheers)( so+ much| very much| for that)?[,.!]* (that|it|this|the \w+|the new \w+ \w+) (worked|works|did the trick|fixed it|sorted it|landed|arrived|looks much better|looks great)\b
thank-you-note 0.5 = (thank you|thanks|thx|cheers|many thanks)( so much| very much| a lot| again| heaps)?[!]+
thanks-twice = (thank you|thankyou|thanks|thank u)[,.! ]+(thank you|thankyou|thanks|thank u)\b
thanks-so-much 1.1 = (thank you|thanks|thx|thank u)( so+ much| so so much| very much| a million| heaps| loads| ever so much)\b
means-a-lot = (means|meant) (a lot|so much|the world)\b
impressed = (so |very |really |truly |hugely )?(impressed|delighted|thrilled|over the moon|blown away)\b
# Praise of the product helps, but alone it opens as many questions
# ("love the app, but where is…") as thanks.
praise 0.5 = (so |very |really |truly |hugely )?(happy with|pleased with|love the|loving the|love your)\b

[question]
question-mark = \?+(?=\s|$|["')\]])
could-you = (could|can|would|will) you (please |kindly |possibly |also |maybe |perhaps )?(tell|let me know|let us know|advise|confirm|check|help|explain|send|look|clarify|point|resend|update|provide|share|give|show|walk|recommend|suggest|fix|reset|change|cancel|refund|close|add|remove|unlock|verify|find|see|have a look|take a look|look into)\b
wondering = (i was|i am|i'm|we were|we are|we're|just) wondering\b
let-me-know = (please |kindly )?(let me know|let us know|advise|confirm|tell me|inform me|explain) (if|whether|how|what|when|where|why|which|who)\b
wh-start 0.7 = (where|how|what|when|who|which|why) (do|can|could|should|does|is|are|would|will|did|has|have) (i|we|you|it|they|the|my|our|this|that|there|he|she)\b
is-it-possible 0.7 = (is it possible|would it be possible|is there (a|any) way|do you know (if|whether|how|what|when|why))\b
i-need-to-know 0.5 = (i|we) (need|want|would like|'d like) to know\b

[feature_request]
please-add = (please|pls|plz|kindly) (add|consider adding|implement|support|introduce|include|allow|make it possible|bring back|give us|provide|build|create|enable|offer)\b
would-be-great = (it|that|this|which)( would|'d) be (really |very |so |super |extremely |incredibly |hugely )?(great|nice|helpful|useful|awesome|amazing|fantastic|ideal|good|lovely|wonderful|brilliant|handy|convenient|practical|a (big |huge |great |real )?(help|improvement|plus)|beneficial|of (considerable )?benefit)( if| to)\b
would-be-great-bare = would be (really |very |so |super )?(great|nice|helpful|useful|awesome|amazing|fantastic|ideal|lovely|handy|convenient|brilliant) if\b
it-would-help = (it|this|that) would (really |greatly |massively )?(help|make (our|my) life easier|save (us|me)) (\w+ )?((\w+ )?(a lot|massively|loads|so much|hugely) )?if\b
plans = (any|are there|do you have|is there) (plans?|intention|intentions) (to|for|on)\b
plan-to = (do|does|will|would) (you|your team|the team|ledgerly|they) (plan|intend|consider|have plans) (to|on|adding)\b
planning-to = (are|is) (you|your team|the team|they) (planning|thinking of|considering) (to |on )?(add|adding|support|supporting|introduce|introducing|build|building|implement|implementing|bring back|bringing back)\b
roadmap = (roadmap|road map|on the list|in the plans|in your plans|in the pipeline|in the works|future release|future update|future version|upcoming release|next release|next version)\b
feature-request = (feature request|feature suggestion|feature idea|enhancement request|product suggestion|suggestion|(i|we|i'd|we'd|i would|we would) (like to |want to )?(suggest|propose)|proposal|enhancement|wishlist|wish list)\b
love-to-see = (i'd|i would|we'd|we would|i'd really|we'd really|would) (love|like) (to see|it if|a way|an option|the ability|the option|support for|you to add|you to support|to have|to be able to)\b
can-you-add = (can|could|will|would) (you|you guys|u|your team|they) (please |possibly |ever )?(add|implement|make it so|make it possible|consider|support|build|introduce|bring back|allow|offer|provide|create|include|enable)\b
wish = (i|we) (really )?wish (it|there|you|the|your|i|we)\b
option-to 0.5 = (a|an|the|some|any) (option|setting|way|ability|toggle|button|feature|switch|checkbox|choice|field) to (\w+ )?\b
add-support = (add|adding|added|bring|bringing) support for\b
lacks 0.5 = (lacks|lacking|doesn't have|does not have|there is no|there's no|missing) (a |an |any )?(feature|option|way|setting|support|ability|function|functionality|integration)\b
others-have 0.5 = (other|competing|every other) (apps|tools|products|services|providers|software|programs|platforms) (have|offer|support|do|allow|let)\b
make-it 0.5 = (make|making|made) it (possible|so that|so i|so we|so you|easier to)\b
should-be-able 0.7 = (should|could) be able to\b
why-cant-i 0.5 = why (can't|cannot|can not|isn't it possible|is it not possible|is there no way) (i|we|you)\b
when-available = (when|whether|if) (it|this|that|the feature|this feature|that feature|support|the option|the integration) will (be|become) (available|ready|supported|released|added|possible|out)\b
any-chance = (any chance|is there any chance|is there a chance) (you|you guys|u|your team|they|(the|your) (\w+ ){1,3}(could|can|will|might|would))('ll| will| could| can| might| would)? (add|support|implement|introduce|build|bring back|(let|allow) (us|users|people|customers|parents|admins))\b
one-thing = one thing (that )?would make (it|this|the app|the \w+|a (big|huge|real|massive) difference)\b
please-consider = please (do )?consider (it|adding|supporting|offering|building|making)\b
the-dream = (would|'d) be (a|the|my|an absolute) (dream|game[- ]changer)\b
possible-to-add = (would|will|could) it be possible to (add|support|implement|introduce|build|bring back)\b
something-you-add = something (you|your team|the team|they) (could|can|might|would|will) (add|consider|support|implement|build)\b
make-optional = (can|could|would) you (please )?make (the |it |this |that |my |our )?((\w+ ){0,3})(optional|configurable|customi[sz]able|editable|adjustable)\b
when-will-you = when will (you|it|this|that|ledgerly|the app|your app|they) (be able to |finally )?(support|add|offer|have|allow|be available|be ready|be released|come out|get)\b

[complaint]
charged-twice = (charged|billed|debited|deducted|taken|withdrawn|collected) (me |us |from me |from my card |from my account )?(twice|two times|double|three times|again|incorrectly|wrongly|by mistake|for something|for nothing|the wrong|more than|extra|without)\b
double-charged = (double|duplicate) (charged|charge|charges|billed|billing|payment|payments|debit|transaction)\b
overcharged = (overcharged|over-charged|overbilled|over-billed)\b
not-arrived = (never|still not|still haven't|still hasn't|haven't|have not|hasn't|has not|didn't|did not|not yet|yet to|never have|never has|never been) (arrived|received|receive|got|gotten|get|come|came|been delivered|been shipped|showed up|shown up|turned up|reached|been refunded|been credited|been processed|seen (it|the|my|a|any|anything)|heard back)\b
not-received = (not|never) (been )?(received|delivered|refunded|credited|processed|reimbursed)\b
arrived-damaged = (arrived|came|was delivered|were delivered|got here|showed up|turned up|delivered) (damaged|broken|scratched|cracked|dented|defective|faulty|late|wet|open|opened|incomplete|used|smashed|crushed|torn|stained|missing)\b
arrived-with-damage = (arrived|came|was delivered|were delivered|got here|showed up|turned up) with (a |an |two |several |some |)(crack|cracks|dent|dents|scratch|scratches|hole|holes|tear|tears|chip|chips|stain|stains|leak|leaks|broken|missing|damaged)\b
only-part-arrived = only (the |one |two |half |part of |some of )((\w+ ){0,3}?)(arrived|came|was delivered|were delivered|got here|turned up|showed up)\b
damaged-item = (damaged|broken|defective|faulty|cracked|scratched|dented|wrong|incorrect|missing|spoiled|expired|counterfeit|fake) (item|items|product|products|parcel|package|order|part|parts|piece|size|colou?r|amount|charge|invoice|address|name|one|box|goods|delivery|screen|lid|unit)\b
wrong-one = (got|received|sent me|sent us|delivered) (the |a )?(wrong|incorrect|different|damaged|broken|defective|used)\b
refund 0.5 = (refund|money back|reimburse|reimbursement|compensation|chargeback|charge back|dispute|credit back)\b
rude = (rude|unprofessional|abusive|disrespectful|unhelpful|condescending|dismissive|hostile|aggressive)\b
lost-data = (lost|deleted|wiped|erased|removed|destroyed|overwrote|overwritten) (all )?(of )?(my|our) ((\w+ ){0,2})(data|files|photos|pictures|presets|work|progress|account|emails|contacts|history|settings|invoices|documents|projects|saves|save|library|messages)\b
cancelled-my = (cancelled|canceled|closed|suspended|banned|terminated|deactivated|blocked|frozen|locked|disabled|deleted) (my|our) (account|order|booking|flight|subscription|reservation|card|access|profile|membership)\b
unhappy = (disappointed|disappointing|unhappy|not happy|dissatisfied|not satisfied|let down|not impressed|unimpressed|fed up|upset)\b
poor-service = (poor|bad|terrible|awful|horrible|appalling|unacceptable|lousy|shocking|abysmal|dreadful) (service|support|experience|quality|communication|customer service|response|handling|treatment)\b
# "my late father": the one who died, no delay
delayed 0.5 = (delayed|(?<!\bmy |\bour |\bhis |\bher |\btheir )\blate|overdue|behind schedule)\b
waiting-for-mine = (still |been )?(waiting|waited) (for|on) (my|the|a|our|your) (refund|order|parcel|package|delivery|reply|response|answer|money|replacement|callback|call back|confirmation|item|shipment)\b
long-wait = (been |have been |i've been |we've been )?(waiting|waited) (for |on )?((\w+ ){0,3})(for |since )?(\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|a few|over a|over|almost|nearly|more than) (days|weeks|months|hours|day|week|month)\b
i-wait = (i|we) (wait|am waiting|'m waiting|are waiting|'re waiting|wait already|am waiting already) (already |now |since |for |already for )?(\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an|several|many) (day|days|week|weeks|hour|hours|month|months)\b
hidden-fee = (hidden|unexpected|surprise|extra|additional|unauthorised|unauthorized) (fee|fees|charge|charges|cost|costs|payment|transaction)\b
not-what = not what (i|we) (ordered|paid for|expected|asked for|signed up for|bought)\b
mistake-on = (mistake|error|errors|mistakes|discrepancy) (on|in|with) (my|the|our) (bill|invoice|statement|order|booking|account|payment|receipt|ticket)\b
was-charged 0.5 = (i|we) (was|were|have been|got|'ve been|am being|are being) (charged|billed|debited)\b
broken-promise = (you|they|your \w+) (promised|said|told me|told us|assured)\b[^.!?\n]{0,60}\b(but|and then|yet|still|never|didn't|did not|hasn't|has not|haven't|nothing)\b

[repeat_contact]
nth-call = (second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th|umpteenth) (call|attempt) (i|we|that|about|asking|regarding|now|this|on)\b
nth-time = (this|it) is (the|my|our) (second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th|umpteenth|nth|tenth|\d+th) (time|email|e-mail|message|request|ticket|attempt|call|follow[- ]up|mail|letter)\b
nth-email = (second|third|fourth|fifth|sixth|seventh|2nd|3rd|4th|5th|6th|7th|umpteenth) (email|e-mail|message|request|ticket|letter|reminder|chat|chat transcript|transcript|complaint|follow-up)\b(?! (address|addresses|account|accounts|inbox))
nth-time-writing = (second|third|fourth|fifth|sixth|seventh|2nd|3rd|4th|5th|6th|7th|umpteenth) time (that )?(i|we)('ve| have|'m| am| are|'re)? (written|writing|write|wrote|emailed|emailing|contacted|contacting|asked|asking|called|calling|reported|reporting|raised|explained|explaining|messaged|chased|chasing|requested|requesting|told|telling|complained|complaining|reached out|sent|sending|rung|rang|phoned)\b
for-the-nth = (second\b(?<=\bfor the second)|third\b(?<=\bfor the third)|fourth\b(?<=\bfor the fourth)|fifth\b(?<=\bfor the fifth)|sixth\b(?<=\bfor the sixth)|seventh\b(?<=\bfor the seventh)|2nd\b(?<=\bfor the 2nd)|3rd\b(?<=\bfor the 3rd)|4th\b(?<=\bfor the 4th)|5th\b(?<=\bfor the 5th)|6th\b(?<=\bfor the 6th)|7th\b(?<=\bfor the 7th)|umpteenth\b(?<=\bfor the umpteenth)|last\b(?<=\bfor the last)) time\s*[:!]
writing-nth = (writing|write|asking|ask|contacting|contact|calling|call|emailing|email|messaging) (to )?(you |your team |support )?(for )?(the |a )?(second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th) time\b
every-agent = (every|each) (agent|person|rep|representative|advisor|adviser|operator|colleague of yours|one of your agents) (i|gives|gave|tells|told|says|said|has|promises|promised)\b
already-did = (i|we)('ve| have| had|'d)? (already|previously|also already|even already) (wrote|written|write|emailed|e-mailed|contacted|called|phoned|reported|raised|asked|sent|opened|submitted|tried|explained|mentioned|told|provided|replied|given|chatted|spoke|spoken|messaged|complained|filed|logged|answered|uploaded|attached|forwarded)\b
did-before = (wrote|written|emailed|e-mailed|contacted|called|phoned|rang|rung|reported|raised|asked|messaged|explained|mentioned|told you|complained|chatted|spoke|spoken|reached out|sent) (to )?(you |this |about this |about it |it |support |your team |the team |your support )?(before|earlier|previously|last (week|month|time|year)|yesterday|several times|multiple times|many times|a few times|a couple of times|twice|three times|\d+ times|again|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|on the \d+(st|nd|rd|th)?)\b
n-times = (written|wrote|emailed|e-mailed|contacted|called|phoned|rung|rang|messaged|chased|asked|chatted) (to )?(you |your team |support |your support |customer service )?(about this |about it |about the \w+ |about my \w+ )?(\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|many|numerous|countless) times\b
as-i-said = (as|like) (i|we) (have |'ve |had )?(now |already )?(said|mentioned|wrote|explained|stated|told you|noted|indicated|pointed out|already said|already mentioned|already explained)\b
previous = (my|our|the) (previous|earlier|last|original|first|prior) (email|e-mail|emails|message|messages|ticket|request|call|chat|reply|mail|correspondence|complaint|contact|letter|enquiry|inquiry|case)\b
follow-up 0.7 = (following|follow|follows|following-up|follow-up) up (on|about|regarding|with|re)\b
follow-up-noun 0.7 = (follow-up|follow up|followup) (on|to|about|regarding|re)\b
ticket-ref 0.4 = (ticket|case|reference|ref|request|incident)( number| no\.?| #| id| ref)?\s*+[:#]?\s*+[A-Z]{0,4}+-?\d{3,}
no-reply-yet = (haven't|have not|hasn't|has not|didn't|did not|never|still haven't|still not) (had|heard|got|gotten|received) (back|a reply|a response|an answer|any reply|any response|any answer|anything|a word|an update|any update|word)\b
again-writing = (writing|contacting|emailing|calling|messaging|asking|chasing|reminding) (you |again|once again|once more|for the (second|third|fourth) time)\b
nobody = (no one|nobody|no-one) (has )?(got back|gotten back|replied|responded|answered|come back|came back|followed up|contacted me|called me back|helped)\b
replied-to-yours = (i|we) (replied|responded|answered|wrote back) to your (last|previous|earlier|first)\b
still-open = (still|again) (open|unresolved|not resolved|not fixed|the same issue|the same problem|having the same)\b
again-hello = (hello|hi|hey|me|it's me|its me|back|writing|dear \w+) again\b
told-many = (explained|told|described|repeated|given|sent|spoken|spoke|talked) (this |it |my problem |the problem |the issue |my details |the details )?(to|with) (\w+ )?(different|several|multiple|many|\d+|two|three|four|five|six) (people|agents|persons|colleagues|representatives|reps|times|departments)\b
spoke-to-someone = (spoke|talked|chatted|spoken|talking|called|rang|phoned|emailed) (to|with) (someone|somebody|an agent|your agent|one of your|your colleague|a colleague|your team|your support|support|customer service|your rep|a rep|a representative)\b
your-earlier = (from|in|since|after|following) your (last|previous|earlier|first) (email|e-mail|message|reply|answer|mail|advice|instructions|fix|call)\b
your-agent 0.7 = (your|the) (agent|colleague|advice|fix|reply|answer|suggestion|instructions|rep|representative|technician|engineer) (from|on|last|yesterday|you sent|emailed|told|said|promised)\b
opened-ticket = (opened|raised|filed|submitted|logged|created|reported) (a|the|my|another|an earlier|a previous) (support |help )?(ticket|case|request|complaint|bug report)\b
further-to = (further to|following up on|following on from|with reference to|in reference to) (my|our) (letter|email|e-mail|message|call|complaint|request|enquiry|inquiry|ticket)\b
subsequent = (my|our) (subsequent|follow-up|earlier|previous) (letter|email|e-mail|message|call|reminder)\b
still-waiting 0.7 = (still waiting|still no reply|still no response|still no answer|still haven't heard|still nothing)\b
despite-assurance 0.7 = (despite|in spite of|notwithstanding) (your|the|an|all the|repeated) (assurance|assurances|promise|promises|commitment|reassurance|confirmation)\b
# A contact before told by channel, by a message's date, by advice
# given before that did not help, or by chasing.
spoke-on-channel = (spoke|talked|chatted|spoken|talking|chatting) (to|with) (?!my |our )(\w+ ){1,2}(on|via|over|in|through) (the |your )?(live chat|chat|phone|telephone|helpline|hotline|twitter|whatsapp|messenger|support line)\b
explained-to-your = (explained|described|reported|raised|mentioned|told) (this|it|the problem|this problem|the issue|this issue|my problem|my issue|everything|all this) (to|with) (your|you)\b
in-n-messages = (two\b(?<=\bin two|\bin my two|\bin our two)|three\b(?<=\bin three|\bin my three|\bin our three)|four\b(?<=\bin four|\bin my four|\bin our four)|five\b(?<=\bin five|\bin my five|\bin our five)|several\b(?<=\bin several|\bin my several|\bin our several)|multiple\b(?<=\bin multiple|\bin my multiple|\bin our multiple)) (separate |different |previous |earlier )?(emails|e-mails|messages|calls|letters|chats|tickets)\b
my-dated-message = (email\b(?<=\bmy email|\bour email)|e-mail\b(?<=\bmy e-mail|\bour e-mail)|message\b(?<=\bmy message|\bour message)|letter\b(?<=\bmy letter|\bour letter)|call\b(?<=\bmy call|\bour call)|ticket\b(?<=\bmy ticket|\bour ticket)|complaint\b(?<=\bmy complaint|\bour complaint)|chat\b(?<=\bmy chat|\bour chat)|question\b(?<=\bmy question|\bour question)|request\b(?<=\bmy request|\bour request)|enquiry\b(?<=\bmy enquiry|\bour enquiry)|inquiry\b(?<=\bmy inquiry|\bour inquiry)|report\b(?<=\bmy report|\bour report)|query\b(?<=\bmy query|\bour query)|claim\b(?<=\bmy claim|\bour claim)) (of|from|on|dated|sent on|sent) (the \d|\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last|yesterday|earlier|(\d+|a|an|one|two|three|four|several|a few) (days|weeks|months) ago)
you-advised = ((last week|yesterday|last time|earlier|last month) you (advised|suggested|told|asked|recommended|said)|(advised|suggested|told|asked|recommended)\b(?<=\byou advised|\byou suggested|\byou told|\byou asked|\byou recommended) (me|us) (to|last|yesterday|on|earlier|that))\b
advice-failed = ((advised|suggested)\b(?<=\bas advised|\bas you advised|\bas suggested|\bas you suggested|\bwhat you suggested|\bwhat you advised)|told me\b(?<=\bwhat you told me)|(advice|suggestion)\b(?<=\byour advice|\byour suggestion)|(email|reply)\b(?<=\bas per your email|\bas per your reply))\b[^.!?\n]{0,60}?\b(but|still|no change|same)\b
chasing = (chasing (this|it|this up|it up|up|you|my|our)|following up again|follow up again)\b
following-up-bare = (following up|just following up|following-up)\s*[.!:]
any-update-mine = any (update|updates|news|progress|word)( yet)? (on|about|regarding|re|with) (this|that|my|our)\b
resending = (re-sending|resending|re-attaching|reattaching|resent|re-sent) (the|my|our|this|these|it|them|again)\b

[nonfluent]
have-a-doubt = (i|we) (have|had) (a|one|some|small) (doubt|doubts)\b
needful = (do|does|doing) the needful\b
kindly-revert = (kindly|please) (revert|do revert|revert back)\b
since-duration = since (\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|many|some|few|a few) (days|weeks|months|years|hours|minutes|day|week|month|year)\b(?! ago)
not-verb = (it|this|that|he|she|i|we|they|you|app|website|page|card|account) (not|no) (work|works|working|open|opens|load|loads|have|has|can|know|understand|receive|received|find|see|get|accept|accepts|function|functions|arrive|arrived|show|shows|go|goes|give|gave|send|sent|answer|answered|reply|replied|do|did|make|made|want|need|like)\b
did-verb-ed 0.7 = (doesn't|does not|didn't|did not|don't|do not|can't|cannot|couldn't) (works|worked|received|receives|opened|opens|gets|got|loads|loaded|comes|came|has|had|arrived|accepted|showed|went|sent|paid)\b
did-you-ed = (did|does|do) (you|he|she|it|they|i|we) (received|receives|sent|sends|got|gets|has|had|worked|works|paid|saw|checked)\b
uncountable-plural = (informations|advices|feedbacks|softwares|equipments|furnitures|luggages|baggages|staffs|evidences|researches|knowledges|homeworks|hardwares|mails|spams|datas|fundings)\b(?<!-mails)
more-better = (more|most) (better|easier|faster|cheaper|worse|bigger|smaller|simpler|best|fast|easy|cheap|quick|simple|big|small)\b
am-agree = (i am|i'm|we are|we're|i was) (agree|disagree|agreed)\b
explain-me = (explain|say|describe) me\b
reply-me 0.7 = (reply|revert|respond|answer|write) (me|us)( back| fast| quickly| soon| please| asap|\.|,|!)
wh-inversion = (?<![a-z,;:] )(what|how|where|when|why|which|who|whom) (i|we) (can|must|should|do|need|have to|could)\b[^.!\n?]{0,60}\?
how-much-time = how (much time|long) (it|this|the \w+) (takes|take|will take|need|needs|is taking)\b|how (long|much) time (it |this |the \w+ )?(take|takes|need|needs|is|will)\b
is-necessary = (or|and|but|if|also) is (necessary|possible|needed|obligatory|mandatory)\b
please-to = please (to|for) (help|check|send|do|give|tell|make|see|reply|answer|contact)\b
want-that = (i|we) (want|need|would like|wish) that (you|the|he|she|they|it|somebody|someone)\b
is-written = it is written\b
make-question = (make|made|making|do|did) (a|the|one|my) (question|questions|doubt)\b
write-you = (i|we) (write|am writing|are writing|writing) (you|to you) (because|for|about|since|to ask|to inform|again|regarding)\b
wait-your = (waiting|wait|await|awaiting|hoping|expecting) (for )?your (answer|reply|response|feedback|help|support|solution)s?\b(?! (on|about|to|regarding))
wait-your-direct = (i|we) (wait|am waiting|are waiting|waiting) (your|you)\b
is-same = (is|was|it's|it is) same\b(?!-)
very-thanks = (very|so much) (thank|thanks)\b
what-means = what means\b(?= [a-z"'])
for-long-time = (since|from) a long time\b|(since|from|for) (long time|many time)\b
an-information = (an|a) (information|advice|feedback|equipment|luggage|furniture|evidence)\b
there-have = there (have|has) (a|an|many|some|no|one)\b
subject-verb 0.5 = (he|she|it)\b(?<!\bdo he|\bdoes he|\bdid he|\bcan he|\bcould he|\bwill he|\bwould he|\bshould he|\bshall he|\bmay he|\bmight he|\bmust he|\bmake he|\bmakes he|\bmade he|\bmaking he|\blet he|\blets he|\bhelp he|\bhelps he|\bif he|\bwish he|\bthough he|\bof he|\bto he|\bfor he|\bwith he|\bfrom he|\bon he|\bin he|\bat he|\bby he|\babout he|\binto he|\bthan he|\blike he|\bsee he|\bsaw he|\bwatch he|\bhear he|\bheard he|\bget he|\bgot he|n.t he|\bdo she|\bdoes she|\bdid she|\bcan she|\bcould she|\bwill she|\bwould she|\bshould she|\bshall she|\bmay she|\bmight she|\bmust she|\bmake she|\bmakes she|\bmade she|\bmaking she|\blet she|\blets she|\bhelp she|\bhelps she|\bif she|\bwish she|\bthough she|\bof she|\bto she|\bfor she|\bwith she|\bfrom she|\bon she|\bin she|\bat she|\bby she|\babout she|\binto she|\bthan she|\blike she|\bsee she|\bsaw she|\bwatch she|\bhear she|\bheard she|\bget she|\bgot she|n.t she|\bdo it|\bdoes it|\bdid it|\bcan it|\bcould it|\bwill it|\bwould it|\bshould it|\bshall it|\bmay it|\bmight it|\bmust it|\bmake it|\bmakes it|\bmade it|\bmaking it|\blet it|\blets it|\bhelp it|\bhelps it|\bif it|\bwish it|\bthough it|\bof it|\bto it|\bfor it|\bwith it|\bfrom it|\bon it|\bin it|\bat it|\bby it|\babout it|\binto it|\bthan it|\blike it|\bsee it|\bsaw it|\bwatch it|\bhear it|\bheard it|\bget it|\bgot it|n.t it) (have|do|go|make|want|need|don't|were|are|work|come|say)\b
subject-verb-2 0.5 = (i|we|they) (has|does|goes|makes|wants|needs|doesn't|was been|is)\b
persons 0.5 = (persons|peoples|childs|mans|womans)\b
take-money-back = (take|took|give|gave|return|returned) (the |my |our )?money back\b
my-english = (my english is|sorry for my|excuse my|pardon my|forgive my)( bad| poor| not good| not so good| not very good| broken| limited)? ?english\b
english-not-native = english is not my (first|native|mother|main)\b
actual-false-friend 0.5 = (the|my|our) actual (version|price|situation|state|address|plan|subscription|contract)\b
since-yesterday-present 0.5 = since (yesterday|morning|monday|tuesday|wednesday|thursday|friday|last week|last month) (i|we|it|the) (am|is|are|can|cannot|can't|have|don't|doesn't|not|do)\b
until-now 0.5 = (until|till) now (i|we|it|the|nothing|no|not|there)\b
open-the 0.5 = (make|do) (the|a) (payment|purchase|reservation|booking|order) (and|but|for)\b
in-internet 0.5 = (in (the )?internet|on internet)\b
article-missing 0.5 = (i|we) (have|got|bought|buy|pay|paid|book|booked|need|want|made|ordered|order) (problem|question|booking|order|account|doubt|reservation|subscription|ticket|course|licence|license|plan|membership)\b
one-more-time 0.3 = (one more time|another time)\b
please-reply-fast 0.5 = (please|kindly) (reply|answer|respond) (me|us)?\s?(fast|quick|quickly|urgent)\b
says-me = (says|say|said|explain|explains|explained|tells to|told to|ask to) (me|us)\b(?! (that|about|to|how|why|what|if))
dont-succeed = (don't|do not|didn't|did not|can't|cannot|could not|couldn't) succeed (to|in)\b
permit-myself = (i|we) (permit|allow) (myself|ourselves) to\b
be-intransitive = (is|are|was|were) (not |still not |already )?(disappeared|arrived|gone out|happened|become|became|stayed|remained|fallen)\b
am-base-verb = (i am|i'm|we are|we're|he is|she is|they are|you are) (use|want|need|know|have|like|think|go|come|make|see|work|live|stay|agree|understand|remember|buy|pay|try|wait|study|teach|learn|ask|write|live)\b
is-already-month = (is|it's|its) already (\d+|one|two|three|four|five|six|a) (day|days|week|weeks|month|months|year|years)\b
time-before = (1|2|3|4|5|6|7|8|9|10|11|12|14|15|20|24|30|48|one|two|three|four|five|six|seven|eight|nine|ten|several|many|a few|some) (days|weeks|months|years) before[.,!]
meaning-of = (what is|what's) meaning\b
which-is-the = which is the (difference|meaning|reason|price|cost|procedure|way|problem)\b
depends-of = (depend|depends|depending|dependent) of\b
more-as 0.7 = (more|less) \w+ as (in|the|my|before|usual|normal|expected|it|i|on|with)\b
one-more-doubt = (one more|another|small|a small|a little|some) (doubt|doubts)\b
intimate = (please|kindly|pls) (intimate|revert|update me|do the needful|advise me the)\b
to-abroad = (to|in) abroad\b
month-of = of (january|february|march|april|may|june|july|august|september|october|november|december) month\b
for-purpose = for (job|work|study|studies|business|travel|personal|official|medical|visa|tax) purpose\b
write-for 0.7 = (i|we) (write|am writing) for (a|the|one|my|our) (problem|question|doubt|issue|information)\b
friendly-greetings = (with friendly greetings|friendly greetings|with best greetings|many greetings|greetings from)\b
written-form 0.5 = (in written form|in a written form|by written)\b
make-order 0.7 = (make|made|making|do|did) (order|payment|booking|reservation|purchase|transfer|registration|login|call)\b
at-last-week = at (last|next|this) (week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b
foreign-greeting 0.7 = (hola|bonjour|bonsoir|merhaba|hallo|ciao|salut|namaste|privet|konnichiwa|salam|marhaba|buongiorno|buenos dias|buenas tardes|guten tag|moin|szia|ahoj|dzien dobry|ola|xin chao|annyeong|ni hao|sawasdee|selamat)\b
sudden-mail = (sudden|abrupt|suddenly) (mail|email|e-mail|message|contact)\b
how-should-i-do = how (should|can|do|must|could) (i|we) do\?
is-there-way = (is there|there is) way (to|for|of)\b
in-same = (in|on|at|with|from) same\b
from-other 0.5 = (from|to|with) other (company|provider|bank|service|shop|app|website|hosting|platform)\b
article-drop 0.5 = (shows me|show me|gives me|give me|send me|i take|i took|made by|is there) (message|photo|picture|error|possibility|problem|question|doubt|mistake|reply|answer|confirmation|electrician|technician|password|code|invoice|receipt|way|solution)\b
# More second-language marks: an article left out before a role, a
# country or a noun ("I am teacher", "from Netherlands", "with other
# card", "what can be reason"), "since"/"from" with a duration or a day
# for an ongoing state, a bare "is possible to", a verb without its
# third-person -s after "my ...", false friends, set phrases.
my-english-level = (english\b(?<=\bmy english|\bour english) (is|isn't|is not) (not )?(very |so |too |that |really )?(good|well|bad|poor|perfect|great|strong|fluent|limited|weak)|(excuse me|apologies|apologise|apologize) for my (\w+ )?english)\b
am-role = (am|i'm|he is|she is) (?!(a|an|the|your|one|also|not|still|now|just|really|very|so|our|my|his|her|their|this|that)\b)(\w+ )?(user|student|teacher|customer|client|photographer|engineer|developer|doctor|nurse|owner|manager|member|designer|programmer|freelancer|accountant|lawyer|driver|seller|buyer|subscriber|patient|parent)\b
from-duration 0.7 = (from|before) (\d+|one|two|three|four|five|six|seven|eight|nine|ten|few|several|many|some) (days|weeks|months|years|hours)\b(?! (ago|later|before|after|from|of|to (\d|one|two|three|four|five|six|seven|eight|nine|ten|a |several|many)|and|or|in|into|until|till|at|per|notice|delivery|shipping|free|trial|left))
from-day 0.5 = (from|since) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|morning|this morning|last week|last month|last year) (onwards |onward )?(the|it|i|we|my|is|am|are|nothing|they)\b
in-last-month 0.5 = (last|next) (week\b(?<=\bin last week|\bin next week)|month\b(?<=\bin last month|\bin next month)|year\b(?<=\bin last year|\bin next year))(?![']s)
is-possible-bare 0.7 = (possible|necessary)\b(?<=\bis possible|\bis necessary)(?<!\bit is possible)(?<!\bthis is possible)(?<!\bthat is possible)(?<!\bwhat is possible)(?<!\bwhich is possible)(?<!\bthing is possible)(?<!\bnothing is possible)(?<!\bit is necessary)(?<!\bthis is necessary)(?<!\bthat is necessary)(?<!\bwhat is necessary)(?<!\bwhich is necessary)(?<!\bthing is necessary)(?<!\bnothing is necessary) (to|for|that)\b
teach-me = (please|pls|kindly|can you|could you) teach (me|us)\b
what-is-reason 0.7 = (what|which) (is|can be|could be|was|will be|may be|might be) (reason|problem|solution|cause|mistake|status|procedure)\b
from-country 0.7 = (netherlands|philippines|united states|united kingdom|czech republic|uae|united arab emirates|dominican republic|maldives|bahamas|gambia)\b(?<!\bthe netherlands)(?<!\bthe philippines)(?<!\bthe united states)(?<!\bthe united kingdom)(?<!\bthe czech republic)(?<!\bthe uae)(?<!\bthe united arab emirates)(?<!\bthe dominican republic)(?<!\bthe maldives)(?<!\bthe bahamas)(?<!\bthe gambia)
other-singular = other\b(?<=\bwith other|\bfrom other|\bto other|\bin other|\bon other|\btry other|\btried other|\buse other|\bused other|\bbuy other|\bbought other|\bsend other|\bchoose other|\bselect other) (card|cable|browser|phone|computer|device|thermometer|socket|account|number|bank|method|charger|router|laptop|tablet|technician|person|address|app|website|option|size|colour|color)\b
make-wrong = (make\b(?<=\bi make|\bwe make)|made\b(?<=\bi made|\bwe made)) (something|anything) wrong\b
actualised 0.7 = (actualized|actualised|actualize|actualise|actualizing|actualising) (the|my|our|to|it|firmware|software|app|version|driver)\b
is-n-years 0.5 = (he|she|son|daughter|child|kid|boy|girl) is (\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) years\b(?! (old|of|ago|and|into|in|now|later|younger|older|with|at|since|on|before|after|back|running|straight))
urgent-basis 0.5 = (urgent|priority|immediate|emergency) basis\b
since-progressive = (am|i'm) \w+ing\b[^.!?\n]{0,50}(?=s)\bsince (\d|last|yesterday|this morning|morning|long|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)
until-need 0.7 = (need|needs|want|wants|require|requires|must have) (it|this|them|the \w+ )?until (tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the \d|\d)
respected-sir 0.5 = respected (sir|madam|sirs|sir or madam|sir/madam|team|sir/mam|mam)\b
noun-of-action 0.5 = (button|page|number|code|form|section|tab|menu|option|link) of (the )?(download|payment|login|register|registration|order|booking|export|submit|search|cancel|cancellation|return)\b
the-name-number 0.5 = (lesson\b(?<=\bthe lesson)|chapter\b(?<=\bthe chapter)|module\b(?<=\bthe module)|step\b(?<=\bthe step)|page\b(?<=\bthe page)|level\b(?<=\bthe level)|unit\b(?<=\bthe unit)|order\b(?<=\bthe order)|section\b(?<=\bthe section)|invoice\b(?<=\bthe invoice)|booking\b(?<=\bthe booking)) \d+\b
for-verb = (open\b(?<=\bfor open)|close\b(?<=\bfor close)|make\b(?<=\bfor make)|do\b(?<=\bfor do)|buy\b(?<=\bfor buy)|pay\b(?<=\bfor pay)|send\b(?<=\bfor send)|get\b(?<=\bfor get)|see\b(?<=\bfor see)|use\b(?<=\bfor use)|change\b(?<=\bfor change)|download\b(?<=\bfor download)|install\b(?<=\bfor install)|register\b(?<=\bfor register)|login\b(?<=\bfor login)|cancel\b(?<=\bfor cancel)|book\b(?<=\bfor book)|print\b(?<=\bfor print)|connect\b(?<=\bfor connect)|find\b(?<=\bfor find)|check\b(?<=\bfor check)|create\b(?<=\bfor create)|add\b(?<=\bfor add)|delete\b(?<=\bfor delete)|remove\b(?<=\bfor remove)|upload\b(?<=\bfor upload)|save\b(?<=\bfor save)|activate\b(?<=\bfor activate)|update\b(?<=\bfor update)|put\b(?<=\bfor put)|take\b(?<=\bfor take)|give\b(?<=\bfor give)) (the|my|a|an|this|it|our|your|them)\b
new-one 0.7 = new one\b(?<=\bfor new one|\bwith new one|\bto new one|\bget new one|\bbuy new one|\bsend new one|\bwant new one|\bneed new one|\bgive new one|\breceive new one|\border new one)
many-singular 0.7 = many (time|day|week|month|year|hour|minute|thing|problem|question|customer|user|person|card|order)\b
adj-for-adverb 0.7 = ((works|working|work|worked|fitting|fits|fit|goes|going|runs|running|functions|functioning|displays|displaying|shows|showing|written|spelled|spelt|installed|configured|connected|charging|loading) (very |really |so |not )?(correct|perfect|normal)|(working|works|worked) (very|really|so) good)\b
of-before 0.7 = (problem|issue|question|error|order|email|message) of before\b
still-is-ing 0.5 = still (is|are) \w+ing\b
plural-missing 0.7 = (all the|several|both|many of the|all of the|all our|all my) (customer|user|client|product|order|file|photo|picture|item|invoice|contact|message|payment|card|student|employee|friend|device|setting)\b
says-me-that = (says|say|said) (me|us) that\b
enter-in 0.7 = (enter|entering|entered|login|log in|logging in|logged in) (in |into )?the (application|app|system|website|site|portal|account)\b(?<!log in the app)(?<!log in the application)(?<!log in the system)(?<!log in the website)(?<!log in the site)(?<!log in the portal)(?<!log in the account)(?<!logging in the app)
recommend-to 0.7 = (recommend|recommending) (to|for) (my|all|everyone|everybody|friends|others|other people|colleagues)\b
adverb-subject-verb 0.5 = (it|he|she)\b(?<!\bdo he|\bdoes he|\bdid he|\bcan he|\bcould he|\bwill he|\bwould he|\bshould he|\bshall he|\bmay he|\bmight he|\bmust he|\bmake he|\bmakes he|\bmade he|\bmaking he|\blet he|\blets he|\bhelp he|\bhelps he|\bif he|\bwish he|\bthough he|\bof he|\bto he|\bfor he|\bwith he|\bfrom he|\bon he|\bin he|\bat he|\bby he|\babout he|\binto he|\bthan he|\blike he|\bsee he|\bsaw he|\bwatch he|\bhear he|\bheard he|\bget he|\bgot he|n.t he|\bdo she|\bdoes she|\bdid she|\bcan she|\bcould she|\bwill she|\bwould she|\bshould she|\bshall she|\bmay she|\bmight she|\bmust she|\bmake she|\bmakes she|\bmade she|\bmaking she|\blet she|\blets she|\bhelp she|\bhelps she|\bif she|\bwish she|\bthough she|\bof she|\bto she|\bfor she|\bwith she|\bfrom she|\bon she|\bin she|\bat she|\bby she|\babout she|\binto she|\bthan she|\blike she|\bsee she|\bsaw she|\bwatch she|\bhear she|\bheard she|\bget she|\bgot she|n.t she|\bdo it|\bdoes it|\bdid it|\bcan it|\bcould it|\bwill it|\bwould it|\bshould it|\bshall it|\bmay it|\bmight it|\bmust it|\bmake it|\bmakes it|\bmade it|\bmaking it|\blet it|\blets it|\bhelp it|\bhelps it|\bif it|\bwish it|\bthough it|\bof it|\bto it|\bfor it|\bwith it|\bfrom it|\bon it|\bin it|\bat it|\bby it|\babout it|\binto it|\bthan it|\blike it|\bsee it|\bsaw it|\bwatch it|\bhear it|\bheard it|\bget it|\bgot it|n.t it) (always|never|still|also|only|just|sometimes|often|now) (say|have|do|go|make|want|need|show|give|work|come|ask|tell|send|take)\b
past-time-present = (last (week|month|year|night|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|(two|three|four|five|ten|several) (days|weeks|months) ago),? (i|we|he|she) (pay|buy|order|book|receive|send|make|try|call|write|change|see|get|go|have|register|install|download)\b

# Words before a cue, in its clause, that cancel it ("not confusing").
want-bare = (i|we) (want|wanted|need|needed) (change|ask|know|buy|cancel|make|pay|return|book|order|go|see|get|use|send|do|try|find|take|give|add|remove|delete|open|close|start|stop|update|upgrade|download|install|register|login|transfer|speak|talk|contact|check|receive|modify|move|put|print|sign|upload|reserve|rent|pick|report|publish|share|apply|renew|confirm|visit|come|bring|invite|inform|understand|access|activate|verify|replace|create|join|leave|write|read|pass)\b
modal-to = (i|we|you) (can't|cannot|can not|couldn't|could not|must|mustn't) to (?!(the|a|an|my|your|our|this|that|me|us|you|them|him|her|it|be)\b)\w+
the-day-month 0.7 = the \d{1,2} (of )?(january|february|march|april|may|june|july|august|september|october|november|december)\b
in-the-weekday = (in|at) the (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?! (morning|afternoon|evening|night|before|after|of|edition|meeting|update|deadline|delivery|session|class|shift)\b)
please-i 0.7 = please,? (i|we) (want|need|would|have|am|subscribed|bought|paid|made|did|wish|tried|sent|ordered|booked)\b
please-kindly 0.7 = please kindly\b
in-attachment = in attachment\b(?! (file|files)\b)
verb-adverb-object 0.7 = (received|bought|ordered|paid|sent|got|booked|made|changed|cancelled|canceled|tried|checked|verified|updated|opened|closed|installed|restarted|downloaded|uploaded|entered|reset|deleted|asked|called|contacted|wrote|read|saw|did|put) (today|yesterday|already|also|again) (the|my|a|an|your|our)\b(?<!\btried again the)(?! (next|following|same|other|day|week|morning|evening|afternoon|time)\b)
to-verb-also 0.7 = to (have|get|receive|buy|see|make|do|add|change|book|use|pay|send) also\b
since-morning 0.7 = since (morning|afternoon|evening|night)\b
is-bare-verb 0.7 = (is|are|was|were)\b(?<!\bdo is)(?<!\bdo was) (change|cancel|delay|finish|complete|charge|deduct|refund|stop|break|arrive|happen|appear|disappear|install|receive|send|deliver|ship|process|activate|block)\b
there-is-other 0.7 = (there is|there's|is there) other (way|option|method|solution|possibility|place|card|reason)\b
am-foreigner = (i am|i'm|we are|we're) (foreigner|foreigners|tourist|beginner|autonomous|freelance worker|retired person|old person)\b
article-after-verb 0.5 = (i|we) (made|make|booked|book|bought|buy|have|had|got|need|received|ordered|found|see|saw|use|used) (new |big |small |wrong |same |other |last |next |important |little |second |first |only )?(mistake|hotel|appointment|problem|error|meeting|flight|reservation|refund|bill|receipt|phone|laptop|computer|application|question|issue|ticket|subscription|account)\b(?! (number|numbers|trouble|issue|issues|manager|type|id|code|form|page|screen|status)\b)
modal-can-only 0.5 = (only|also|still|already) (can|must|should|could) (use|do|make|see|get|work|pay|open|last|charge)\b(?<!\bcan only use)
indicate-me = indicate (me|us)\b|tell (me|us) (where|how|when|why) (is|are) (it|this|that|the|my|our|your)\b
# Agreement and word order, whatever the words: a singular noun with a
# verb's bare form ("the machine say", "my dog eat"), a plural with
# "was" or "is" ("all products was"), and a verb parted from its
# object by "also" ("is covering also the dentist").  Collective nouns
# ("the team have") and bare forms after "does", "let", "make" or
# "help" ("does the app have", "let my son know") are fluent English.
noun-bare-verb 0.7 = \b(?<!\b(?:do|of|in|on|at|to|by|as) )(?<!\b(?:did|can|may|let|has|had|see|saw|for) )(?<!\b(?:does|will|must|lets|make|made|help|have|hear|with|from|into|onto|over|like|than) )(?<!\b(?:could|would|shall|might|makes|helps|watch|heard|about|under|after) )(?<!\b(?:making|having|seeing|should|helped|before) )(?<!\b(?:letting|helping|hearing|between|through|without) )(?<!\b(?:watching) )(?<!n.t )(the|my|his|her|our|your|this|each|every)\b (?!(to|too|not|and|or|but|so|if|as|that|who|which|what|it|him|them|me|us|there|here|a|an|people|children|men|women|police|staff|team|family|company|crew|data|media|government|council|management|board|band|group|committee|class|public|couple|majority|rest|other|same|first|last|one|only|way|more|less|most|best|least|both|kids|we|you|they|i|could|would|should|might|must|will|can|may|shall|did|does|do|doesnt|dont|didnt|cant|wont|isnt|also|still|just|never|always|really|even|already|often|usually|then|now|too|all|time|day|week|year|morning|evening|night|weekend|month)\b)[a-z]{2,}(?<![s'’])(?<!ed)(?<!ing) (say|eat|come|give|know|think|tell|ask|arrive|seem|happen|appear|accept|want|have|don't|explain|refuse|agree|decide|receive|become|remain|belong|contain|write|live|continue|need|require|appear|take|remain|go)\b(?! (only|not)\b)
plural-was 0.7 = (all|many|several)\b(?<!ing all|ing many|ing several|\bof all|\bfor all|\bwith all|\bin all|\bon all|\bto all|\bfrom all|\bby all|\babout all|\bof many|\bfor many|\bwith many|\bin many|\bon many|\bto many|\bfrom many|\bby many|\babout many|\bof several|\bfor several|\bwith several|\bin several|\bon several|\bto several|\bfrom several|\bby several|\babout several)( of the| the| my| our| of my| of our)? [a-z]+[^suiw'’\W]s (was|is|has|does|doesn't|wasn't|isn't|hasn't)\b
verb-also-object 0.7 = \b(\w+ing|want|need|send|receive|buy|have|use) also (the|my|a|an|your|our|his|her|some|one|to)\b(?<!\bbeing also the)
# Word order and tense carried over from another language: "I like
# very much your app", a present perfect with a finished time ("I have
# received my results last week"), a count without its plural ("we
# have 2 adult and 2 children").
very-much-object 0.7 = (like|love|enjoy|liked|loved|enjoyed|appreciate|appreciated|want|wanted|need|needed|thank|thanked) very much (the|your|my|this|that|it|to|our)\b
perfect-past 0.7 = (i|we|he|she|they) (have|has|'ve) (already |just |also )?(sent|bought|received|got|paid|made|done|seen|had|taken|given|written|put|told|left|lost|found|booked|ordered|published|uploaded|registered|called|contacted|changed|cancelled|canceled|installed|tried|asked|used|sold|returned|signed|submitted|transferred|moved|opened|closed|renewed)\b[^.!?\n]{0,40}?\b(yesterday|last (week|month|year|night|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|\w+ (days|weeks|months|years) ago|ago\b|on \d{1,2}(st|nd|rd|th)? (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))
count-singular 0.7 = (?<![\w.,-])([2-9]|[1-9]\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|both) (adult|child|ticket|person|item|product|photo|picture|user|customer|bag|seat|kid|student|employee|invoice|package|parcel|member|guest|book|file|document|friend|colleague|sample|letter)(?= (and|or|but|for|in|to|with|at|from|is|are|was|were|of|on)\b|[.,!?;:)])

[negation]
negator = \b(not|never|no|hardly|barely|ignore|disregard|never mind|nevermind|don't worry about|do not worry about|isn't|wasn't|aren't|weren't|haven't|hasn't|without|nothing|nothing's|nothing is|nothing was|nor|no longer|none|neither|avoid|avoids|avoiding|prevent|prevents|preventing)\s+(?!(been|felt|seen|had|experienced|met|used) (so|such|more|this|that)\b)(\w+\s+){0,2}$
# "doesn't anymore", "can't even": the words after, with the one before
# looked behind at, so that the rule starts with a word; "not" and
# "never" before them are the negator's.
no-longer = (?<=\wn[’']t )\b(any more|anymore|even)\s+$
# "s" is the "'s" of "it's" (\b holds after the apostrophe), written so
# that the rule's next words are known.
resolved = \b(is|are|was|were|s|been|got|now|finally|all)\s+(fixed|solved|resolved|sorted|working|works|fine|good)\b.*$
# What a wish would avoid ("rather than reverting"), and what a feature
# asked for should stop others doing ("a mode that users can't switch off").
instead-of = \b(rather than|instead of)\s+$
feature-for-others = \b(option|options|setting|settings|mode|feature|way|toggle|switch|permission|permissions|role|policy|lock) (that|which|so|so that|where) (users|customers|staff|employees|members|guests|clients|kids|children|students|visitors|agents|people|they)\s+$
# A fix already made ("fixed the sync bug"); what would happen otherwise
# ("..., otherwise the alarms don't fire") has not happened.
fixed-the = \b(fixed|fixing|resolved|solved|patched|squashed|sorted out|got rid of)\s+(the |that |this |a |an |my |our |those |these )?(\w+\s+){0,2}$
# A time limit moved out of the way ("thank you for extending my deadline").
time-moved = \b(extend|extended|extending|extension of|postpone|postponed|postponing|pushed back|push back|pushing back)\s+(the |my |our |your |this |that )?(\w+\s+){0,2}$
otherwise = \b(otherwise|or else)\b.*$

# A cue in a sentence with a condition before it, and a future or a
# question in it, is only a hypothetical ("if it fails I'll write").
[hypothetical-condition]
condition = \b(if|unless|in case|as long as|so long as|provided that|providing that|on condition that|in the event|should it|should this|should that|whether|otherwise|hypothetically|what if|what happens if|what would happen|suppose|supposing|assuming|imagine|in future|in the future|next time)\b

[hypothetical-consequence]
future = \b(will|'ll|won't|will not|would|wouldn't|'d|shall|going to|gonna|let you know|get back|write (again|back)|contact you|reach out|come back|does it|do i|do you|can i|should i|would it)\b

# Capitals that are names or abbreviations, not shouting.
[acronym]
tech = ^(API|APIS|CSV|PDF|PDFS|SDK|URL|URLS|HTTP|HTTPS|HTML|CSS|DNS|SSL|TLS|VPN|FAQ|SAML|SSO|MFA|OTP|PIN|SMS|MMS|FTP|SFTP|SSH|SMTP|IMAP|POP|JSON|XML|YAML|SQL|MYSQL|NGINX|APACHE|PHP|AWS|GCP|CRM|ERP|SEO|CEO|CTO|CFO|COO|QA|UI|UX|ETA|EOD|FYI|UTC|GMT|CET|CEST|EST|EDT|PST|PDT|IST|JST|AEST|RAW|JPEG|JPG|PNG|GIF|TIFF|HEIC|MP4|MP3|MOV|NAS|LAN|WAN|WIFI|NFC|GPS|DVD|ATM|SKU|UPS|DHL|FEDEX|USPS|NVIDIA|INTEL|RADEON|GEFORCE|ASUS|LENOVO|DELL|ACER|IKEA|NASA|IBAN|SWIFT|BACS|SEPA|ACH|PAYPAL|GDPR|HIPAA|PCI|SOC|ISO|RGB|CMYK|HDR|LUT|LUTS|DPI|PPI|USB|HDMI|BIOS|UEFI|GPU|CPU|RAM|SSD|HDD|IOS|MACOS|ANDROID|LINUX|UBUNTU|DEBIAN|WINDOWS|OSX|ARM|ASCII|UTF|ID|IDS|IP|ISP|OS|PC|TV|EU|UK|USA|US|UAE|USD|EUR|GBP|CHF|JPY|CAD|AUD|INR|BRL|MXN|VAT|GST|HST|TAX|LLC|LTD|GMBH|INC|PLC|CO|AM|PM|TBD|TBA|N/A|OK|RSVP|PTO|KPI|ROI|B2B|B2C|SAAS|CI|CD|MX|TXT|CNAME|SPF|DKIM|DMARC|WWW|CDN|WAF|DDOS|SLA|SLAS|RMA|QR|NDA|DM|PM|PS|PPS|ASAP|URGENT|IMPORTANT|NOTE|UPDATE|RE|FW|FWD|ATTN|ATTENTION|WARNING|ERROR|ERRORS|INFO|DEBUG|TODO|FIXME|XXX|TRUE|FALSE|NULL|NONE|NAN|README|LICENSE|CHANGELOG|CONTRIBUTING|MAINTAINERS|AUTHORS|INSTALL|MAKEFILE|PATH|HOME|USER|SHELL|ENV|TEMP|TMP|STDIN|STDOUT|STDERR|EOF|UTF8|GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS|CRUD|REST|SOAP|CORS|CSRF|XSS|JWT|OAUTH|OAUTH2|LDAP|RADIUS|OWASP|NPM|PIP|GCC|LLVM|CMAKE|QT|GTK|SDL|SQLITE|POSTGRES|REDIS|AFAIK|AFAICT|IIRC|IMHO|IMO|FWIW|TLDR|TL;DR|LGTM|WIP|PR|PRS|MR|CVE|RFC|SPEC|BETA|ALPHA|RC|LTS|EOL|SYSTEMD|DOCKER|NGINX|PPSSPP|NES|SNES|GBA|PS2|PSP|ROM|ROMS|BIOS|FPS|HUD|NPC|DLC|MMO|RPG|PVP|PVE|XP|HP|MP|AI|ML|NLP|GPT|LLM|CLI|GUI|IDE|VM|VMS|VPS|KVM|WSL|SMB|NFS|NTFS|FAT32|EXT4|ZFS|RAID|LVM|OMV|NAS|ROI|SUV|GPL|LGPL|MIT|BSD|MPL|CDDL|APACHE|AGPL|EULA|TOS|FAQS|DIY|ASAP)$

# Lines that do not count: code, logs, stack traces, shell sessions.
[mask-line]
indented-code = ^(\t| {4,})\S
java-stack = ^\s*at [\w.$<>]+\(
python-trace = ^\s*(Traceback \(most recent call last\)|File ".*", line \d+)
log-timestamp = ^\s*\[?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}
log-time = ^\s*\[?\d{2}:\d{2}:\d{2}
log-level = (?-i)^\s*\[?(ERROR|WARN|WARNING|INFO|DEBUG|FATAL|TRACE|CRITICAL|NOTICE)\]?[\s:\]]
exception = (?-i)^\s*[\w.]+(Exception|Error)(:|$)
shell = ^\s*(\$|#|>>>|>) \S
quote = ^\s*>
json = ^\s*["{}\[\]][^a-z]*$

# Spans that do not count: URLs, addresses, inline code, paths.
[mask-span]
url = \b(https?|ftp)://\S+
www = \bwww\.\S+
address = [\w.+-]+@[\w-]+(\.[\w-]+)+
inline-code = `[^`\n]+`
unix-path = (?<![\w.])(/[\w.@-]+){2,}
windows-path = \b[A-Za-z]:\\\S+
