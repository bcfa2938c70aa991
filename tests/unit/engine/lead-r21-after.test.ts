import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';

// Round 21 (lead, after the unseen set was scored): each kind in other words than the set that showed it.

/** Every finding, as [rule, text, start]. */
function read(text: string, context: 'email' | 'advert' = 'email'): [string, string, number][] {
  return analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY }).findings.map((f) => [f.ruleId, f.text, f.start]);
}

/** The findings of one rule, as [rule, text, start]. */
const of = (rule: string, text: string, context: 'email' | 'advert' = 'email') => read(text, context).filter(([id]) => id === rule);

/** [rule, words, offset] for words found once in text. */
const at = (rule: string, text: string, words: string): [string, string, number] => [rule, words, text.indexOf(words)];

describe('plans for a family asked as a reported question', () => {
  it.each([
    ['Can you also tell us whether you are thinking of having children soon?', 'whether you are thinking of having children'],
    ["Before Friday, please let me know if you're planning a baby this year.", "know if you're planning a baby"],
  ])('flags %j', (text, words) => {
    expect(of('question-pregnancy', text)).toEqual([at('question-pregnancy', text, words)]);
  });
});

describe('sickness held against a person in notes and feedback', () => {
  it('reads time off sick and being off sick all the time', () => {
    const held = 'We were worried that your time off sick last winter would happen again.';
    expect(read(held)).toEqual([at('condition-doubted', held, 'worried that your time off sick')]);
    const refused = "We really don't want anyone who'll be off sick every other week.";
    expect(of('health-judged', refused)).toEqual([at('health-judged', refused, "anyone who'll be off sick every other week")]);
  });
  it('leaves time off sick offered or explained', () => {
    expect(read('We support staff back to work after time off sick with a phased return.')).toEqual([]);
  });
});

describe('caring predicted to cost the team', () => {
  it('flags young children with absence foreseen', () => {
    const text = 'With small children at home he would be off all the time, I think.';
    expect(of('caring-responsibilities', text)).toEqual([at('caring-responsibilities', text, 'small children')]);
  });
});

describe('a clean work history preferred', () => {
  it('flags gaps when another candidate was chosen for having none', () => {
    const text = 'In the end we went with someone who never had any gaps in employment.';
    expect(of('gaps-held-against', text)).toEqual([at('gaps-held-against', text, 'gaps in employment')]);
  });
  it('leaves gaps explained', () => {
    expect(of('gaps-held-against', "Please explain any gaps and we'll go with what you tell us.")).toEqual([]);
  });
});

describe('culture fit as a vibe or a feel', () => {
  it('flags a person asked to match it, not a thing', () => {
    const text = "I'd pick the ones who will match the vibe in the dispensary.";
    expect(of('culture-fit', text)).toEqual([at('culture-fit', text, 'who will match the vibe')]);
    expect(of('culture-fit', 'The new artwork was chosen to match the vibe of the waiting room.')).toEqual([]);
  });
});

describe('toughness for its own sake', () => {
  it('flags a job said not to be for softies', () => {
    const text = 'Weekend nights in the hub are not for softies.';
    expect(of('faint-hearted', text, 'advert')).toEqual([at('faint-hearted', text, 'for softies')]);
  });
});

describe('a health history asked for', () => {
  it('flags a referee asked about a medical history', () => {
    const text = 'Is there any psychiatric history we should be aware of before we offer?';
    expect(of('question-health', text)).toEqual([at('question-health', text, 'any psychiatric history')]);
  });
  it('leaves a patient history', () => {
    expect(of('question-health', 'Please take a full history, including any medical history, from each patient.')).toEqual([]);
  });
});

describe('judging by the score given', () => {
  it('reads "mark her down" as a judgement against the person', () => {
    const text = 'She has panic attacks, so I would mark her down.';
    expect(read(text).map(([id]) => id)).toContain('condition-doubted');
  });
});

describe('His Majesty’s services are no jargon', () => {
  it('leaves HM before a service, and still asks for HMRC and a Head of Midwifery to be spelled out', () => {
    expect(of('unexpanded-acronym', 'Experience of healthcare in HM Prison Service is welcome.', 'advert')).toEqual([]);
    const midwifery = 'The post holder is accountable to the HM for the birth centre.';
    expect(of('unexpanded-acronym', midwifery, 'advert')).toEqual([at('unexpanded-acronym', midwifery, 'HM')]);
    const text = 'You will report PAYE to HMRC each month.';
    expect(of('unexpanded-acronym', text, 'advert').map(([, words]) => words)).toEqual(['PAYE', 'HMRC']);
  });
});

describe('older things are not older people', () => {
  it.each(['You will archive older case notes and scan older letters.', 'Older paper files are stored off site.'])('leaves %j', (text) => {
    expect(read(text, 'advert').filter(([id]) => id.startsWith('age-'))).toEqual([]);
  });
  it('still reads an older person asked for', () => {
    const text = 'We would like an older, settled receptionist.';
    expect(of('age-older', text, 'advert')).toEqual([at('age-older', text, 'older')]);
  });
});

describe('pronouns in notes on applicants known by number', () => {
  it('leaves "she" after an "App 3:" or "No. 4 -" label', () => {
    expect(of('generic-pronoun', 'Shortlist notes\nApp 3: strong. She has led a dispensary before.')).toEqual([]);
    expect(of('generic-pronoun', 'Notes\nNo. 4 - good. He ran the audit last year.')).toEqual([]);
  });
});

describe('a department named by its field is no person', () => {
  it('still reads the post-holder given a sex after "Medical Physics" opens the advert', () => {
    const text = 'Medical Physics supports every ward. The new scientist will join the team and she will run the audits.';
    expect(of('generic-pronoun', text, 'advert')).toEqual([at('generic-pronoun', text, 'she')]);
  });
});

describe('improvement driven is the work, not a temperament', () => {
  it('leaves "driving improvement" and still flags "drive change"', () => {
    expect(of('masculine-drive-change', 'You will help with driving improvements in discharge times.', 'advert')).toEqual([]);
    const text = 'You will drive change across the network.';
    expect(of('masculine-drive-change', text, 'advert')).toEqual([at('masculine-drive-change', text, 'drive change')]);
  });
});

describe('time at the employer’s call', () => {
  it('reads any day "as needed" as open-ended', () => {
    const text = 'You will need to work any weekend as needed.';
    expect(of('time-demanded', text, 'advert')).toEqual([at('time-demanded', text, 'work any weekend as needed')]);
  });
  it('reads a request to confirm, and short notice as no bound', () => {
    const text = 'Please confirm you can stay on whenever the ward needs you, sometimes at short notice.';
    expect(of('time-demanded', text)).toEqual([at('time-demanded', text, 'stay on whenever the ward needs')]);
  });
  it('leaves extra time that is occasional and agreed', () => {
    expect(of('time-demanded', 'You may occasionally stay late, paid as overtime and agreed in advance.', 'advert')).toEqual([]);
  });
});

describe('the pronouns a clause is read by', () => {
  it('holds only pronouns, not an object’s built-in names', async () => {
    const { SUBJECT_PRONOUNS } = await import('@/lib/engine/lexicon');
    const words = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'she', 'you'];
    expect(words.map((word) => SUBJECT_PRONOUNS.has(word))).toEqual([false, false, false, false, true, true]);
    expect(words.map((word) => SUBJECT_PRONOUNS.get(word))).toEqual([undefined, undefined, undefined, undefined, 'unknown', 'person']);
  });
});

describe('times off work at the employer’s call', () => {
  it.each([
    ['You will be expected to cover nights when the ward requires.', 'cover nights when the ward requires'],
    ['Be available to all three branches as needed, including weekends.', 'as needed, including weekends'],
    ['Porters must be prepared to work any shift pattern including Boxing Day.', 'work any shift pattern including Boxing'],
  ])('flags %j', (text, words) => {
    expect(of('time-demanded', text, 'advert')).toEqual([at('time-demanded', text, words)]);
  });
  it.each(['Our clinics run in the evenings when needed.', 'You can work weekends if you wish.', 'Weekends when needed are paid at time and a half.'])('leaves %j', (text) => {
    expect(of('time-demanded', text, 'advert')).toEqual([]);
  });
});

describe('review of round 21: fair wording the new readings must leave', () => {
  it.each<[string, 'email' | 'advert' | 'question']>([
    ['Faisal Kearing has accepted the post. He starts in June and he will need a badge.', 'email'],
    ['Please nominate a colleague, or someone who has been confident and supportive this year.', 'email'],
    ["Registration with the HCPC is essential; if you can't show this yet, equivalent overseas registration is fine.", 'advert'],
    ['If you are thinking of starting a family, our parental leave policy is on the intranet.', 'email'],
    ['Any family plans for the bank holiday? Send me your leave by Friday.', 'email'],
    ['How do you vote when the panel is split on a score?', 'question'],
    ['The new rota went live on Monday. Is everybody engaged?', 'email'],
    ["Please check she's British Sign Language level 2 before the clinic.", 'email'],
    ['How would you explore any psychiatric history with a new client?', 'question'],
    ['We went with Tomasz despite a gap in his CV, because he scored highest.', 'email'],
    ['Please confirm you can start at any time in March.', 'email'],
  ])('leaves %j', (text, context) => {
    expect(read(text, context === 'question' ? 'email' : context).filter(([id]) => !id.startsWith('unexpanded') && id !== 'plain-words')).toEqual([]);
  });
  it('still reads a sift note headed "Avoid:" as the instruction it is', () => {
    const text = 'Sift notes\nAvoid:\n- anyone with a heavy accent\n';
    expect(of('accent', text)).toEqual([at('accent', text, 'heavy accent')]);
  });
  it('still reads a trait before a comma and a participle about things', () => {
    const text = 'You will be assertive, chasing referrals and letters.';
    expect(of('masculine-assertive', text, 'advert')).toEqual([at('masculine-assertive', text, 'assertive')]);
  });
});

describe('a first language held against a candidate in notes', () => {
  it.each([
    ["Her mother tongue isn't English, so I'd put her lower.", 'Her mother tongue'],
    ['Strong clinically, though his mother tongue is not English.', 'though his mother tongue'],
  ])('flags %j', (text, words) => {
    expect(of('origin-judged', text)).toEqual([at('origin-judged', text, words)]);
  });
  it.each([
    'English is not his first language, so we book an interpreter for his clinic.',
    'Her first language is Gujarati, which will help with many of our patients.',
  ])('leaves %j', (text) => {
    expect(read(text).filter(([id]) => id === 'origin-judged' || id === 'question-nationality')).toEqual([]);
  });
  it('reads a question about a first language by its word order, not a statement', () => {
    expect(of('question-nationality', 'English is not her first language, and her written work is clear.')).toEqual([]);
    const text = 'And is English your first language?';
    expect(of('question-nationality', text)).toEqual([at('question-nationality', text, 'is English your first language')]);
  });
});
