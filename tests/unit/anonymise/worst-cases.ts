/**
 * Inputs that made the anonymiser's recognisers backtrack or go quadratic (issues 12 and 13), each
 * built to about `size` characters: long runs of one character class, a line repeated thousands of
 * times, one enormous "word", and each recogniser's own worst case (the attack strings `recheck`
 * found for the patterns it used to have). Shared by the timeout test and `npm run bench`.
 */
export function worstCases(size: number): { name: string; text: string }[] {
  const fill = (unit: string, head = '', tail = '') => head + unit.repeat(Math.max(1, Math.floor((size - head.length - tail.length) / unit.length))) + tail;
  return [
    { name: 'spaces', text: fill(' ', 'Amina Okafor\n', 'x') },
    { name: 'spaces between words', text: fill('Nationality:    British    Religion:   ', 'Profile\n') },
    { name: 'tabs and colons', text: fill('\t:', '|') },
    { name: 'colons', text: fill(':', 'Gender') },
    { name: 'repeated lines', text: fill('Dr Amina Okafor, Practice Nurse, 14 Acacia Avenue, Leeds LS6 2AB | 07700 900123 | amina@example.com\n') },
    { name: 'repeated headings', text: fill('Personal details\nAddress: 14 Acacia Avenue\nReferees\nDr Helen Marsh\nEducation\nBSc 2004\n') },
    { name: 'one long word', text: fill('a') },
    { name: 'one long capitalised word', text: fill('A') },
    { name: 'capitalised words', text: fill('Mary ', 'Dr ') },
    { name: 'initials', text: fill('A\t') },
    { name: 'newlines', text: fill('\n', '\t', '\u0000') },
    { name: 'place names', text: fill('-N', 'born in GD-Mv', '\u0000') },
    { name: 'demonym list', text: fill('Tamil& ', 'of EU&', 't') },
    { name: 'ethnicity network', text: fill(' Asian\t', 'BME\t', 's') },
    { name: 'e-mail-like', text: fill('%.') },
    { name: 'dotted domain', text: fill('a.', 'x@', '!') },
    { name: 'digits', text: fill('0') },
    { name: 'digits and spaces', text: fill('0 ', '+44 ') },
    { name: 'wrapped digits', text: fill('0 (0\n0) ', '0\n') },
    { name: 'letter O numbers', text: fill('O0O ', '0O') },
    { name: 'wrapped addresses', text: fill('a.@\na.', 'x@\n') },
    { name: 'spelt initials', text: fill('(A = B ', '(A = ') },
    { name: 'nicknames in quotes', text: fill("Ann ('Bo') ", 'MARY "JO" DE ') },
    { name: 'dashed digits', text: fill('07–', '+44–') },
    { name: 'ID-like tokens', text: fill(' 0000AAA00A', 'DBS ', '0') },
    { name: 'relations', text: fill('\t', 'my son\t', 's') },
    { name: 'roles', text: fill('with e\ni\tv-') },
    { name: 'referee labels', text: fill('  Referee:   Referee - ') },
    { name: 'immigration terms', text: fill('visa ') },
    { name: 'wrapped immigration lines', text: fill(`${'a '.repeat(30)}visa and I\nvisa, `) },
    { name: 'immigration clauses', text: fill('I need a visa, but sponsorship, so ') },
    { name: 'religion words', text: fill('Church ', 'St ') },
    { name: 'streets', text: fill('D\t', '0\tQ\tD\t', 's') },
    { name: 'organisation words', text: fill('\tF\tH\tA\tSt', 'K', 'n') },
    { name: 'job titles', text: fill('newly qualified ', 'I am a bank ') },
    { name: 'family words', text: fill('adult ', 'had a twin ') },
    { name: 'gender phrases', text: fill('Black ', 'As a ', 'x') },
    { name: 'staff networks', text: fill('LGBT staff ', '', 'x') },
    { name: 'live with', text: fill('I live with my and in A ', '', 'x') },
    { name: 'faith practice', text: fill('I only eat for faith wear a ', '', 'x') },
    { name: 'born and bred', text: fill('Leeds\t born and bred ', '', 'x') },
    { name: 'referee lists', text: fill(', Femke Jansen', 'Referees: Mr Joost Bakker') },
    { name: 'pronouns', text: fill('she she ') },
    { name: 'ages', text: fill('\t', 'AGE ', '8') },
    { name: 'years', text: fill('B\u0000SINCE', '', 'LB') },
    { name: 'punctuation', text: fill('!') },
    { name: 'apostrophes', text: fill("'", 'x', 'x') },
    { name: 'invisible characters', text: fill('a\u200bb\u200c@\u2060') },
    { name: 'underscored tokens', text: fill('a_b ', 'Twitter ') },
    { name: 'one long underscored token', text: fill('a_', '', 'x') },
    { name: 'spaced @ and dots', text: fill('a . b @ ', 'x ') },
    { name: 'wrapped local parts', text: fill('a.b\nc@d.e.', 'x\n') },
    { name: 'lower-case places', text: fill('born in north ', '', 'x') },
    { name: 'live in and live at', text: fill('I live in Leeds and live at 3 ', '', 'x') },
    { name: 'therapy and aids', text: fill('I had CBT through my ', 'I use a hearing aid ') },
    { name: 'faith offices', text: fill('member of the ', 'deacon at ', 'chapel') },
    { name: 'children at school', text: fill('my son at ', '', 'School') },
    // Round 8: a line of address labels with abbreviations, outward codes in context, words in other
    // scripts beside names, domains broken at a line's end, relay prefixes, tab-labelled addresses.
    { name: 'address labels and abbreviations', text: fill('Home: No. Ab. ', 'Korean address: ', 'x') },
    { name: 'outward codes', text: fill('based in the LS12 area (m13) · in ', 'in Leeds (') },
    { name: 'other-script names', text: fill('Αβ (محمد) ', 'MD. ABDUL KARIM | ', ')') },
    { name: 'broken domains', text: fill('a@b\nc', 'x@', '.com') },
    { name: 'relay prefixes', text: fill('18001 0', 'Relay UK ') },
    { name: 'tab-labelled addresses', text: fill('Previous address\t\t', '', 'x') },
    { name: 'lower-case names and initials', text: fill('meenakshi s. ', 'MEENAKSHI SUNDARAM\n') },
    // Round 9: numbers that may be registrations on a text without line breaks (each read back to the line's start).
    { name: 'register-like numbers', text: fill('ab 1234 ') },
    // Round 9: the disclosing clause, a sentence of relatives and concepts without an end.
    { name: 'disclosing clauses', text: fill('my mum has Eid and my second was ', 'I ', 'x') },
    // Round 10: faith words at the ends of long lines (an organisation's name is read across a line break only in a paragraph).
    { name: 'faith words across lines', text: fill(`${'a '.repeat(40)}Church\nChurch `) },
    // Round 10: identifiers split by a blank or a line, grouped oddly, or after a town or a title.
    { name: 'spaced domains and links', text: fill('a. b@c .d. co .uk www.e .f/ g x.y z@a b.', 'Email: ') },
    { name: 'grouped digits', text: fill('12 3456 7.8-', 'NHS ') },
    { name: 'towns before codes', text: fill('Leeds LS6 moved to Ab SA4 ', 'Mrs\n') },
    { name: 'titles alone in cells', text: fill('Mr\t|Mrs and Mr van der ', 'Title\t') },
    { name: 'dates in other languages', text: fill('born on 1af o 2 de março de ', 'DOB ') },
    { name: 'wrapped codes', text: fill('AB1\n12 3\n4.', 'NHS ') },
    // Round 10 (second wave): streets with a town and no postcode (each read back to its clause), spaced PINs.
    { name: 'streets without postcodes', text: fill('12/3 Ab Cd Road, Ef Gh Ij 4 Kl Mn Op ', 'NMC 12 I 3456 E ') },
    // Round 11: a reference read twice (as written and as the writer's), with conditions by their clause and head, places left and certificates' towns.
    { name: 'references and conditions', text: fill('She has a rare ab cd disorder. He struggled with I ', 'To whom it may concern. ', 'x') },
    { name: 'places left and school towns', text: fill('I left Leeds after leaving Ab Cd, WAEC, Ab, ', '', '1999') },
    { name: 'worship, its when and time off', text: fill('I am Sikh and I sing at the gurdwara most Sundays and do not work or ask for annual leave ', '', 'x') },
    { name: 'care had, aids and arrivals', text: fill('I have PTSD and I was seen by the crisis team and use a hearing aid and came to the UK aged 9 as refugees ', '', 'x') },
    { name: 'details with their also and now', text: fill('I am also now a British citizen now (2021) and also a single parent to twins on two evenings a week ', '', 'x') },
    // Round 15: places read back from postcodes (over a wrapped line), addresses in a column beside another, arrivals and others' fasts.
    { name: 'places before postcodes', text: fill('by post at 9 Ab Terrace, Cd Ef,\nGh LS1 4AB ', 'I live at ', 'x') },
    { name: 'addresses in columns', text: fill('Flat 3, 22 Ab Road   X\nCd   Y\nLS1 4AB   Z\n', 'Jo Bloggs\n') },
    { name: 'arrivals and fasts', text: fill('I came over from Ab in the eighties and patients who were fasting during Ramadan came to the UK ', '', 'x') },
    // Round 16: conditions framed as the writer's, their medicine and where the disclosure ends, lines opening on a condition.
    { name: 'framed conditions and medicine', text: fill('As someone with a b epilepsy, Living with c depression and manage it with d; it is e and I am on medication for my f g\nDiabetic, ', '', 'x') },
    // Round 23: identifiers spelt out, mixed, reversed, explained or broken: each recogniser's new reading.
    { name: 'spelt and mixed digits', text: fill('0 one, double-oh ', 'Tel: ', 'x') },
    { name: 'spaced letters and stand-ins', text: fill('a b . c # d (# = @) ', 'E-mail: ', ' @ example . com') },
    { name: 'reversed and framed addresses', text: fill('moc.a@b.c mailto:a@b.co (no spaces) ') },
    { name: 'display names and series', text: fill('Teams: Ann Bell (Ab RN/J 12345 DOB / Age: 1/9/78 45 ', '', ')') },
    { name: 'named days and eras', text: fill('born on St Ab Day, 1 Cd 1362 B.E. 2538 (Year of the ', '', 'x') },
    // Round 25: lists of authors in a text with no line break (each list's year was looked for to the text's end).
    { name: 'authors on one line', text: fill('Smith AB, Jones CD. ') },
    // Round 27: numbers that no phone plan reads, on one line (each read its whole line for a header's cells).
    { name: 'unread numbers on one line', text: fill('0.1-2 3(4)5/6+7 8.9-') },
    // Round 29: a LinkedIn export's location and slug, each read back from its heading or label over blanks.
    { name: 'LinkedIn headings and labels', text: fill('Ab, Cd, Ef    \n Summary a-1  (LinkedIn)', '(LinkedIn)\n') },
    // Round 32: a union's name before its role, each read on to what is said of the role.
    { name: 'trade union roles', text: fill('UNISON branch steward for GMB union rep ', 'member of ') },
    // Round 34: a record read on through its brackets, years and status; a chapel's word before a capitalised word.
    { name: 'criminal records', text: fill('one spent police caution (2011) for x in 2012 – now spent, declared ', 'Capel y Capel ') },
    // Round 33: address labels before leaders of dots, pitches before sites, and a faith word read back over columns' gaps.
    // Round 37: a relative's or a referee's label before a run of blanks and no colon (two runs of blanks were tried side by side).
    { name: 'relative labels before blanks', text: fill(' ', 'Referees\nSister', 'x') },
    { name: 'numbered labels before blanks', text: fill(' ', 'Partner 1', 'x') },
    // Round 38: a scan's misread numbers, each run of digits and look-alike letters read again as a phone, an NHS or an NI number.
    { name: 'misread digit groups', text: fill('O7l 4O l2 ', 'NHS no. JT ') },
    { name: 'dotted labels and site pitches', text: fill('Address ... Pitch 4, Ab Site (the council site  \t Buddhist ', 'Home address ....... ') },
  ];
}
