import { phraseList } from '../handlers/cue-per-sentence';

/**
 * The words by which a writer judges a person rather than describes them, in one place: a
 * preference ("ideally", "would be best", "we want"), a doubt ("not sure", "worried", "might put
 * patients off"), a refusal ("not suitable", "unable to accommodate", "need not apply") or a request
 * to disclose ("let us know if", "please declare"). Every rule that flags a characteristic only when
 * it is held for or against someone (age, origin, faith, family, sex, a working pattern) reads them
 * through reader.ts, so a new wording is added once.
 */
export type Judgement = 'prefer' | 'doubt' | 'refuse' | 'ask';

/**
 * What a phrase judges:
 * - `clause`: whatever its sentence says of the person ("she has kids, so I'm not sure about lates");
 * - `word`: only a word a rule already matched as a characteristic ("must be local", "young
 *   applicants only"): too common to judge anything else ("must", "only", "won't");
 * - `object`: only the person it names: after it when it takes an object ("ask the agency for a
 *   girl", "get a man in"), else before it ("some lads would be handy").
 */
export type Reach = 'clause' | 'word' | 'object';

/** One phrase of the vocabulary. */
export interface Entry {
  kind: Judgement;
  words: string[];
  reach: Reach;
  /** Also judges the person named just after it: "ideally a man", "not sure about a male nurse". */
  takesObject: boolean;
  /** A verb of wanting: a judgement only with the writer or the employer as its subject ("we want", not "nurses need"). */
  writer: boolean;
  /** A judgement that a negation before it keeps, as its opposite: "won't be reliable", "can't cope", "wouldn't suit", "we don't want". */
  kept: boolean;
  /** A judgement only when negated: "I wouldn't shortlist", "let's not put her through" (put through, she is chosen). */
  negated: boolean;
}

interface Group {
  kind: Judgement;
  reach: Reach;
  takesObject?: boolean;
  writer?: boolean;
  kept?: boolean;
  negated?: boolean;
  phrases: string;
}

/** "may not be up to the role", "won't be up to full-time hours": each way of doubting that the person is up to the work. */
const NOT_UP_TO = ['may not be', 'might not be', "won't be", "wouldn't be", 'not']
  .flatMap((modal) => ['it', 'the job', 'the role', 'the work', 'a full workload', 'the workload', 'full hours', 'full-time hours'].map((what) => `${modal} up to ${what}`))
  .join(', ');

const GROUPS: Group[] = [
  // Preferences for the person wanted, said by anyone.
  { kind: 'prefer', reach: 'clause', takesObject: true, kept: true, phrases: `
    ideally, ideal, preferably, preferred, better suited, best suited, suit, suits, suited, go for, go with` },
  // Said of who comes before them: "a younger nurse would be better", "someone local would be ideal".
  { kind: 'prefer', reach: 'clause', kept: true, phrases: `would be best, would be better, would be ideal, would be preferable` },
  // The same, too common to judge anything but the person named before them: "some lads would be
  // handy", not "she has kids, so part-time would be easier" or "local knowledge would be useful".
  { kind: 'prefer', reach: 'object', kept: true, phrases: `
    would be perfect, would be handy, would be useful, would be good, would be great, would be helpful, would be nice,
    would be welcome, would be easier, would be safer, would fit in, would fit, would cope, would blend in, will fit in,
    would do us good, would do the team good, would do the place good` },
  { kind: 'prefer', reach: 'clause', takesObject: true, phrases: `
    hoping for, hoped for, hopes for,
    prioritise candidates, prioritise applicants, prioritising candidates, prioritising applicants, prioritize candidates,
    prioritize applicants, prioritizing candidates, prioritizing applicants, give priority to candidates, give priority to applicants` },
  { kind: 'prefer', reach: 'clause', kept: true, phrases: `
    preferable, preference, would suit, would've been better, would gel, gel better, fit in, fits in, fit in better,
    fit right in, fit straight in, fits right in, fits straight in, fits the vibe, fit the vibe, fits our vibe, fit our vibe,
    fit better, blend in, settle in better, will settle, who will settle, would settle, settle down, settled,
    relate to, feel safer, more comfortable, familiar face, familiar faces, people they know, better fit, a better fit,
    best fit, the best fit` },
  { kind: 'prefer', reach: 'clause', phrases: `best to, better to, better off` },
  // Hiring restricted to a kind of person, of whatever the clause names: "we only recruit people in the
  // early stages of their career" ("only" alone judges just a word a rule matched).
  { kind: 'prefer', reach: 'clause', phrases: `
    only recruit, only recruiting, only appoint, only appointing, only hire, only hiring, only employ, only employing,
    only take on, only taking on, only interview, only interviewing, only shortlist, only shortlisting` },
  // Verbs of wanting and hiring: the writer's or the employer's judgement only ("we want", not "nurses
  // need"), of the person they name or a word a rule matched ("we want someone local"), not of all their
  // sentence says ("we need someone who can cover school holidays"). Negated, they refuse ("we won't
  // hire"), except a need lifted ("we don't need").
  { kind: 'prefer', reach: 'clause', takesObject: true, writer: true, kept: true, phrases: `prefer, prefers, rather` },
  { kind: 'prefer', reach: 'word', takesObject: true, writer: true, kept: true, phrases: `want, wants, wanted, looking for, hire, appoint, welcome another,
    pitching the role at, pitching the post at, pitching the job at, pitching it at, pitched the role at, pitched it at` },
  { kind: 'prefer', reach: 'word', takesObject: true, writer: true, phrases: `need, needs` },
  { kind: 'prefer', reach: 'word', writer: true, kept: true, phrases: `like, love, after, choose` },
  // Preferences that judge only the person named after them.
  { kind: 'prefer', reach: 'object', takesObject: true, phrases: `
    preferring, wanting, needed, look for, get, getting, got, hiring, recruit, recruiting, appointing,
    ask, asking, asked, request, requested, safer with, comfortable with, happier with, better with, better off with,
    best with, be better, be best, gel, hope for, going for, take on, bring in, stick to, stick with, keen on,
    keen to have, steer, steering, lean towards, leaning towards, push for, look out for, looking out for,
    lookout for, keep an eye out for, respond better to, responds better to, relate better to, relates better to,
    open up more to, opens up more to, expect, expects, could do with, could really do with, could use, short on, short of,
    any chance of, consider a, consider an` },
  // The same, that a negation turns into a refusal: "please don't send anyone over fifty", "not another boomer".
  { kind: 'prefer', reach: 'object', takesObject: true, kept: true, phrases: `send, sending, can we have, could we have` },
  // Preferences that judge only a characteristic a rule matched: "must be local", "local applicants only".
  { kind: 'prefer', reach: 'word', phrases: `
    must, only, essential, perfect, pick, love to hear, keen to hear, hope to hear` },
  // Doubts about the person.
  { kind: 'doubt', reach: 'clause', takesObject: true, phrases: `
    not sure, unsure, doubt, doubts, doubtful, worried, worry, worries, not convinced, wary, careful about, no point, can't see,
    cannot see, not be sure, can't be sure, cannot be sure, couldn't be sure, can never be sure` },
  { kind: 'doubt', reach: 'clause', phrases: `
    worrying, concern, concerned, concerns, couldn't see, don't think, do not think, don't know if,
    don't know whether, wonder if, wonder whether, wondered if, wondered whether, wondering if, wondering whether, makes me wonder,
    make me wonder, made me wonder, makes me nervous, make me nervous, made me nervous, makes you wonder, make you wonder, made you wonder, makes me wonder if,
    make me wonder if, makes you wonder if, make you wonder if, question whether, hesitant, struggle, struggling, unreliable,
    tricky, difficult, a nightmare, an issue, a problem, a risk, risky, not worth, let us down, let the team down,
    red flag, put off, put patients off, off-putting, off putting, uncomfortable, awkward, hassle, distracted,
    be off, time off, always off, off every, never be, won't be able, wouldn't be able, will not be able,
    would not be able, hard for, get in the way, got in the way, gets in the way, getting in the way, not stay, won't stay, wouldn't stay, high maintenance, mistakes,
    liability, burden, too much, too demanding for, too stressful for, too pressured for, be better suited to, be more suited to, can't afford, cannot afford, hold off, off sick, slow us down, hard going, find it hard, finds it hard, found it hard, a mouthful,
    a headache, a pain, a nuisance, a drain, non starter, a non starter, how will she manage, how would she manage,
    how will he manage, how would he manage, how would she cope, how would he cope, how will she cope, how will he cope,
    how would she do, how would he do, how will she do, how will he do, how could she do, how could he do,
    how would she hear, how would he hear, how will she hear, how will he hear, how could she hear, how could he hear,
    how would they hear, how will they hear,
    could she manage, could he manage, would she manage, would he manage, can she manage, can he manage, will she manage, will he manage,
    could she cope, could he cope, can she really, could she really, can he really, could he really, can they really,
    could they really, would she really, would he really, is she really able, is he really able, how she'd manage, how he'd manage, how she'll manage, how he'll manage,
    won't manage, wouldn't manage, will not manage, would not manage, can't manage, cannot manage, couldn't manage,
    won't be able to manage, never manage, may not manage, might not manage, may not cope, might not cope, won't want, wouldn't want, will not want, would not want, won't fancy, wouldn't fancy,
    won't be keen, wouldn't be keen, won't be up for, wouldn't be up for, couldn't tell whether, couldn't tell if, can't tell whether,
    can't tell if, cannot tell whether, could not tell whether, no idea whether, no idea if,
    go back home, going back home, move back home, back to her country, back to his country, back to their country,
    how long she plans to stay, how long he plans to stay, how long they plan to stay, how long she intends to stay,
    how long he intends to stay,
    tend to move on, tend to leave, tend to go back, move on quickly, can't pronounce, cannot pronounce, can't even pronounce,
    hard to pronounce, difficult to pronounce, too long in the game, too long in the job, too late to retrain, too late to learn,
    unrecruitable, unemployable, out too long, too long out,
    sundays off, fridays off, saturdays off, sunday off, friday off, saturday off, friday afternoons off, friday afternoon off,
    friday mornings off, sunday mornings off, sunday morning off, saturday mornings off, eid off, diwali off, vaisakhi off,
    passover off, yom kippur off, rosh hashanah off, hanukkah off, shabbat off, sabbath off, holy days off, festivals off, do we really want, do we really need, preach, preaching, preachy,
    be tired, too tired, get tired, not great with, isn't great with, won't be great with, wouldn't be great with,
    get moved on, be moved on, gets moved on, get posted, be posted, gets posted, red tape, paperwork, a faff, more trouble,
    cautious, costly, not a good sign, a bad sign, a worrying sign, is inconvenient, was inconvenient, is bad timing, was bad timing, is poor timing,
    could barely follow, could hardly follow, couldn't follow, could not follow, couldn't understand, could not understand,
    could barely understand, could hardly understand, struggled to follow, struggled to understand,
    take it off, taking it off, takes it off, took it off, which is a shame, that's a shame, it's a shame, a bit of a shame, which is a pity,
    don't see how, do not see how, can't see how, cannot see how, couldn't see how, puts me off, put me off, putting me off,
    bit of settling in, lot of settling in, need settling in, needs settling in, take longer to, takes longer to, take a while to settle,
    bear that in mind, bear it in mind, worth bearing in mind, something to bear in mind, keep that in mind,
    making excuses, make excuses, makes excuses, made excuses, an excuse, as an excuse, her excuse, his excuse, your excuse,
    a sticking point, the sticking point, miss a lot of work, missed a lot of work, misses a lot of work, missing a lot of work, a lot of time off,
    when it is convenient for work, when it's convenient for work, when it suits the rota, when it suits us,
    reservations about, have reservations, had reservations, has reservations, a lot on her plate, a lot on his plate,
    a lot on your plate, a lot on their plate, enough on her plate, enough on his plate, enough on your plate, too green, too inexperienced,
    ${NOT_UP_TO}` },
  // Doubts whose negation is the doubt: "won't be reliable", "can't cope", "won't stay long".
  { kind: 'doubt', reach: 'clause', kept: true, phrases: `
    reliable, committed, commitment, cope, coping, keep up, be available, stick around, stay long, stay for long,
    be around long, stay the course, last the course` },
  // Trust withheld, a doubt only when negated: "I could never totally rely on her", not "we rely on the bank staff".
  { kind: 'doubt', reach: 'clause', negated: true, phrases: `rely on, totally rely on, fully rely on, depend on, count on` },
  { kind: 'doubt', reach: 'word', kept: true, phrases: `
    react, take to, warm to, take kindly to, ok with, okay with, alright with, all right with, take her seriously, take him seriously,
    taken seriously` },
  { kind: 'doubt', reach: 'word', phrases: `risk, put some, won't, wouldn't, might not, may not` },
  // Refusals: a preference against the person.
  { kind: 'refuse', reach: 'clause', takesObject: true, phrases: `
    avoid, not looking for, not looking at, not taking, steer clear, not keen, not after, don't want, do not want, wary of,
    probably not for, prob not for, maybe not for, steer away from, steering away from,
    no way we would, no way we'd, no way we will, no way we'll, no way we could, no way i would, no way i'd, no way i will, no way i'll,
    warn against, warned against, warning against, against hiring, against employing, against appointing, against taking on` },
  { kind: 'refuse', reach: 'clause', writer: true, phrases: `rather not` },
  { kind: 'refuse', reach: 'clause', phrases: `
    unable to accommodate, cannot accommodate, can't accommodate, not able to accommodate, not accommodate,
    cannot be accommodated, can't be accommodated, not be accommodated, not possible, must not, must have no,
    need not apply, needn't apply, do not apply, don't apply, should not apply, shouldn't apply, not be considered, not suitable, unsuitable, would not suit, wouldn't suit,
    will not suit, won't suit, does not suit, doesn't suit, not suit, rule out, ruled out, rules out, rules him out, rules her out, rules them out, ruled him out, ruled her out,
    rule him out, rule her out, keep her away from, keep him away from, keep them away from, keep her off, keep him off, keep them off,
    no allowance, mark her down, mark him down, mark them down, marked her down, marked him down,
    not work around, can't work around, cannot work around, not fit around, won't fit around, not ideal,
    not right for, not for us, not a good fit, not the right fit, a bad fit, a poor fit, the wrong fit, not one for, can't take on, cannot take on, couldn't take on,
    binned, binning, bin it, bin her, bin him, bin them, reject, rejected, rejecting, unsuccessful because, not successful because,
    turned down because, not appointed, not hired,
    withdraw the offer, withdrawing the offer, withdrew the offer, withdrawn the offer, offer withdrawn, offer is withdrawn,
    offer was withdrawn, offer has been withdrawn, withdraw her offer, withdraw his offer, withdraw your offer,
    withdrawing her offer, withdrawing his offer, withdrawing your offer, withdrew her offer, withdrew his offer, withdrew your offer,
    offer of employment is withdrawn, offer of employment has been withdrawn, offer of employment was withdrawn, not eligible for the promotion,
    not eligible for promotion, above our tolerance level, above our tolerance, should be her priority, should be his priority, should be their priority,
    refused him the job, refused her the job, refused them the job, refuse him the job, refuse her the job,
    unable to employ, cannot employ, can't employ, not employ, won't employ, wouldn't employ, couldn't employ,
    cannot offer him, can't offer him, cannot offer her, can't offer her, cannot offer you, can't offer you, unable to offer` },
  { kind: 'refuse', reach: 'word', phrases: `not someone, not somebody, not anyone` },
  // A refusal of the kind of person named after it: "not another boomer", "not a job for someone winding down".
  { kind: 'refuse', reach: 'object', takesObject: true, phrases: `
    not another, no more, not a job for, not the job for, not a role for, not the role for, no job for, no place for,
    not a place for, isn't a job for, isn't the job for, isn't a role for, isn't the role for, isn't a post for, isn't a place for,
    not a post for, not the post for, isn't the post for, not a position for, not the position for,
    not consider a, not consider an, not consider any, wouldn't consider a, wouldn't consider an, wouldn't consider any,
    won't consider a, won't consider an, won't consider any, couldn't consider a, couldn't consider an` },
  // A panel's decision against a candidate, in the words a panel uses for moving one on, negated:
  // "I wouldn't shortlist", "let's not put her through", "best not take him forward".
  { kind: 'refuse', reach: 'clause', negated: true, phrases: `
    shortlist, shortlisting, shortlisted, put her through, put him through, put them through, putting her through,
    putting him through, put through, take her forward, take him forward, take them forward, taking her forward,
    taking him forward, take forward, put her forward, put him forward, put forward, progress, progressing,
    progress her, progress him, invite her, invite him, invite them, inviting her, inviting him, interview her,
    interview him, interview them, interviewing her, interviewing him, interview applicants, interviewing applicants,
    interview candidates, interviewing candidates, consider her, consider him, consider them,
    considering her, considering him, risk it, chance it,
    employ her, employ him, employ them, re-employ her, re-employ him, re-employ them, reemploy her, reemploy him,
    hire her, hire him, hire them, rehire her, rehire him, recommend her, recommend him, recommend them,
    recruit her, recruit him, recruit them, recruited her, recruited him, recruited them, appoint her, appoint him,
    appoint them, appointed her, appointed him, appointed them, take her on, take him on, taken her on, taken him on` },
  // The same decision in words that say it without a negation: skipping, binning, parking, a pile or a
  // reserve list for her, scoring her down.
  { kind: 'refuse', reach: 'clause', phrases: `
    skip her, skip him, skip them, skip this one, skip that one, skipping her, skipping him, maybe skip, i'd skip,
    pass on this one, pass on that one, give her a miss, give him a miss, give them a miss, give this one a miss,
    give it a miss, leave her out, leave him out, left her out, left him out, leave her off, leave him off,
    left her off, left him off, dropped her from, dropped him from, drop her from, drop him from,
    bin this one, reject her, reject him, reject them, rejected her, rejected him, rejected them,
    rejecting her, rejecting him, park this one, park that one, park number, parked this one, maybe pile, no pile,
    reject pile, bottom of the pile, bottom of the list, put her at the bottom, put him at the bottom, put them at the bottom, bottom of my list, bottom of the heap, back of the queue,
    as reserve, as a reserve, on reserve, in reserve, the reserve list, worth waiting, hold fire, a no from me, a no for me,
    it's a no, that's a no, i'd say no, we'd say no, not the one for, not our person, not the person for, score her down, score him down,
    scored her down, scored him down, scoring her down, scoring him down, mark down, marked down, marking down,
    score down, scored down, scoring down, marked them down, marking her down, marking him down, score them down, scored them down,
    knock points off, knocked points off, dock points, docked points, knock a point off, knocked a point off, knock a mark off,
    knocked a mark off, knock one off, dock a point, docked a point, move her down, move him down, move them down, moved her down,
    moved him down, moving her down, moving him down, bump her down, bump him down, drop her down, drop him down, rank her lower,
    rank him lower, ranked her lower, ranked him lower, put her lower, put him lower, lower her score, lower his score,
    park her, park him, park them, parked her, parked him, parking her, parking him,
    dropped her a point, dropped him a point, drop her a point, drop him a point, docked her a point, docked him a point,
    knocked her a point, knocked him a point, score her low, score him low, scored her low, scored him low, scoring her low,
    scoring him low, marked her low, marked him low, mark her low, mark him low` },
  // A candidate as a risk or a burden on the team: cover, the load falling on others, wearing out, not
  // lasting, being off again, a mind elsewhere, a gamble, a waste, asking too much ("bit presumptuous").
  { kind: 'doubt', reach: 'clause', phrases: `
    can't carry, cannot carry, couldn't carry, carry passengers, carrying passengers, that risk, take the risk,
    taking the risk, worth the risk, take a chance, taking a chance, a gamble, gamble on, need cover, needs cover,
    needing cover, find cover, finding cover, falls on us, fall on us, falls on the team, fall on the team,
    on the rest of us, knackered, worn out, exhausted, run out of steam, puffing, slowing down, burn out,
    burnt out, burned out, won't last, wouldn't last, not last, not going to last, off again, off all the time,
    warning sign, warning signs, alarm bells, question mark, mind elsewhere, mind on other things,
    how long would we get, how long we'd get, how long we would get, how long will we get, how long we'll get,
    how many years would we get, how many years we'd get, how many years will we get, how many years we'll get,
    how long she'd stay, how long he'd stay, how long she would stay, how long he would stay, how long she'll stay,
    how long he'll stay, how long would she stay, how long would he stay, how long will she stay, how long will he stay,
    how long she'd last, how long he'd last, how long would she last, how long would he last, get out of her, get out of him,
    get from her, get from him,
    other priorities, priorities elsewhere, limit her, limit his, limit their, limits her, limits his, a waste,
    waste of, can't have her, can't have him, cannot have her, cannot have him, can't have someone, can't have anyone,
    presumptuous, a bit much, a big ask, a lot to ask, not workable, unworkable, impractical, not practical, won't work,
    wouldn't work, not going to work, pick up the slack, picking up the slack, more work for, extra work for,
    covering for her, covering for him, flaky,
    haven't got time to manage, haven't got time for, haven't the time to, no time to manage, don't have time to manage,
    don't have the time to manage, not got time to manage, can't be managing` },
  { kind: 'doubt', reach: 'clause', kept: true, phrases: `last long, last the distance, go the distance, keep pace, keep the pace` },
  // A hurdle set for this candidate alone, or time away from work assumed of them: "a probation double
  // the usual", "make her prove herself", "would he expect to leave early every Friday?".
  { kind: 'doubt', reach: 'clause', phrases: `
    double the usual, twice the usual, longer probation, extended probation, extra probation, probation extended, probation was extended, probation has been extended,
    probation had been extended, probation will be extended, probation is being extended,
    extend her probation, extend his probation, extended her probation, extended his probation, prove herself, prove himself,
    prove themselves, expect to leave early, expects to leave early, expect to finish early, expect time off, expects time off,
    extra supervision, closer supervision, more supervision, extra checks, supervised closely, closely supervised,
    shame about, pity about, let her down, let him down, lets her down, lets him down,
    test whether her, test whether his, test if her, test if his, hear her on the phone, hear him on the phone, hear her speak,
    hear him speak, hear her accent, hear his accent, see her do, see him do, before we commit, before we even think,
    hear how she speaks, hear how he speaks, hear how they speak, hear what she sounds like, hear what he sounds like` },
  // A liking for a candidate for their likeness to the writer, the team or the writer's family: "reminds
  // me of my daughter", "one of us".
  { kind: 'prefer', reach: 'clause', phrases: `reminds me of, reminded me of, remind me of, one of us, our sort, our kind, our type` },
  // Requests to disclose.
  { kind: 'ask', reach: 'clause', phrases: `
    let us know if, let us know whether, let us know about, tell us if, tell us whether, tell us about,
    please state, please confirm, please indicate, please declare, please tell us, declare, check if,
    check whether, check her english, check his english, test her english, test his english, find out if, find out whether, find out what, find out why, find out how, worth asking, ask her, ask him,
    ask them, ask if, ask whether, ask how, ask what, ask why, ask when, want to know, wants to know, wanted to know, like to know, need to know what, need to know why, need to know if, ask the applicant, ask the candidate,
    so we can plan, check they, check they're, check that they, make sure they, make sure they're, make sure whoever,
    make sure that they, ask everyone whether, ask everyone if, ask everybody whether, ask everybody if, ask all of them whether,
    ask each of them whether, ask every candidate whether, ask every applicant whether, ask all candidates whether,
    ask all applicants whether, ask candidates whether, ask applicants whether, ask candidates if, ask applicants if` },
];

/** Every phrase, once. */
export const VOCABULARY: readonly Entry[] = GROUPS.flatMap((g) =>
  phraseList(g.phrases).map((words) => ({
    kind: g.kind,
    words,
    reach: g.reach,
    takesObject: g.takesObject ?? false,
    writer: g.writer ?? false,
    kept: g.kept ?? false,
    negated: g.negated ?? false,
  })),
);

/**
 * Support given to someone, which makes a sentence about help rather than judgement: "we're supporting
 * her return", not a candidate's "supporting statement", which is where shortlisting notes read what
 * they then hold against someone. Help offered to the reader is HELP_OFFERED (reading/who.ts).
 */
export const SUPPORTING_SOMEONE = phraseList(`
  supporting her, supporting him, supporting them, supporting you, supporting our, supporting staff, supporting colleagues,
  supporting parents, supporting carers, supporting families, supporting people, supporting anyone, supporting someone,
  we will offer, we'll offer, we can offer, we will provide, we'll provide, we can provide`);

/**
 * Words that say a characteristic is not to count against the person: "it must not affect scoring",
 * "this will not be held against anyone", "do not screen anyone out by age".
 */
export const NOT_HELD_AGAINST = phraseList(`
  must not affect, mustn't affect, should not affect, shouldn't affect, will not affect, won't affect, does not affect,
  doesn't affect, must not count, should not count, will not count, won't count, not be held against, not held against,
  do not screen, don't screen, do not judge, don't judge, no bearing, not a factor, makes no difference, make no difference,
  nothing to do with, must not form, should not form, will not form, not form any part, no part in, must play no part`);

/**
 * Words that make the text the fair statement rather than a judgement of the person it names: "we
 * welcome", "our uniform policy allows", "regardless of".
 */
export const FAIR = phraseList(`
  welcome, welcomes, welcomed, regardless, whatever, all backgrounds, any background, every background, policy, allows,
  allowed, may wear, can wear, are free to, we support, we'll support, we will support, happy to accommodate,
  accommodate, doesn't matter, does not matter, no matter, never ask, never asks, not relevant, irrelevant, on the basis of,
  on grounds of, on the grounds of, no requirement, not a requirement`).concat(NOT_HELD_AGAINST);

/** The writer or the employer, as the subject of a verb of wanting: "we want", "the practice would prefer". */
export const EMPLOYER = new Set([
  'we', 'i', "we'd", "i'd", "we're", "i'm", "we'll", "i'll", 'practice', 'team', 'trust', 'surgery', 'pharmacy', 'ward', 'manager', 'partners', 'patients', 'they', "they'd",
  // A place of work that recruits: "the Eye Centre is looking for", "the hospice wants".
  'centre', 'hospital', 'hospice', 'clinic', 'service', 'department', 'unit', 'directorate', 'pcn', 'organisation', 'laboratory', 'lab',
]);
