import { describe, expect, it } from 'vitest';
import { type AnalyseOptions, analyse, type TextKind } from '@/lib/engine';

type Strictness = NonNullable<NonNullable<AnalyseOptions['settings']>['strictness']>;

// Round 14 (tone, age proxies, gendered wording): fresh wordings of each family, with their offsets,
// and a trap beside each. None of these sentences is in the corpus.
const findings = (text: string, context: TextKind, strictness?: Strictness) =>
  analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY, settings: strictness ? { strictness } : undefined }).findings.map(
    (f) => `${f.ruleId}@${f.start}:${f.text}`,
  );

describe('hype and pressure idioms, off at the standard setting and on at strict', () => {
  it.each<[string, TextKind, string[]]>([
    ['We want a coordinator who thrives in chaos.', 'advert', ['pressure-hype@26:thrives in chaos']],
    ['Applicants must thrive under pressure.', 'advert', ['pressure-hype@16:thrive under pressure']],
    ['Our ideal biller eats invoices for breakfast.', 'advert', ['pressure-hype@17:eats invoices for breakfast']],
    ["You'll be joining a dental group that is going places.", 'advert', ['pressure-hype@41:going places']],
    ['Someone who stays smiling no matter what the day brings.', 'advert', ['pressure-hype@12:stays smiling no matter']],
    // A busy service described with the support it gives, breakfast eaten, a phrase quoted to take out, travel.
    ['Our unit is under pressure at times; you will thrive here with a preceptor and protected learning time.', 'advert', []],
    ['Most residents eat porridge for breakfast.', 'advert', []],
    ['Please take out "thrives in chaos" from the advert.', 'email', []],
    ['You will be going places across the county for home visits.', 'advert', []],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context, 'strict')).toEqual(expected);
  });

  it('is not underlined at the standard setting', () => {
    expect(findings('Applicants must thrive under pressure.', 'advert')).toEqual([]);
  });
});

describe('keeping up with the pace, asked of the person (strict only)', () => {
  it.each<[string, TextKind, string[]]>([
    ['You must be able to keep up with the pace of a busy day unit.', 'advert', ['age-pace@20:keep up with the pace']],
    ["I doubt he'd cope with the pace on nights.", 'email', ['age-pace@13:cope with the pace']],
    ['We help patients keep up with the pace of their rehabilitation programme.', 'advert', []],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context, 'strict')).toEqual(expected);
  });
});

describe('age said by pay, by nearness to retirement and by a number noted of a candidate', () => {
  it.each<[string, TextKind, string[]]>([
    ['Pay: £8.60 to £11.44 per hour depending on age.', 'advert', ['age-pay@30:depending on age']],
    ['Hourly rates vary with age for apprentices.', 'advert', ['age-pay@13:vary with age']],
    ['Flu vaccines are offered depending on age and health.', 'advert', []],
    ['Pay does not vary with age.', 'advert', []],
    ['Candidate 2 is only a few years off retiring, so probably not.', 'email', ['age-retirement@20:a few years off retiring']],
    ["He's two years away from retirement, I'd rather invest in someone else.", 'email', ['age-retirement@5:two years away from retirement']],
    // Experience on a ward or in a clinic is the applicant's, not a patient's visit.
    ['Candidate 6 - lovely clinic experience, but she is 57, so would she stay?', 'email', ['age-noted@44:she is 57, so would she stay']],
    ["Fine interview, though at 60 he'd struggle with the night rota.", 'email', ['age-noted@23:at 60']],
    ['I saw Mrs Lee in clinic. She is 61 and newly referred.', 'email', []],
    // "co-ordinator" is read as "co", "ordinator": the trait still describes the person.
    ['We need a high-energy care co-ordinator.', 'advert', ['age-energetic@10:high-energy']],
    ['We need a hungry care co-ordinator.', 'advert', ['age-hungry@10:hungry']],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});

describe('one sex wanted: another of them welcomed, a team of one sex with a word before its noun', () => {
  it.each<[string, TextKind, string[]]>([
    ["We'd welcome another lad on the night rota.", 'email', ['sex-preferred@21:lad']],
    ['We particularly welcome applications from women and disabled people.', 'advert', []],
    ["You'll be joining an all-male portering crew.", 'advert', ['sex-preferred@25:male']],
    ['Join our all-female evening reception team.', 'advert', ['sex-preferred@13:female']],
    ['We run an all-female ward for older women with dementia.', 'advert', []],
    ['We run an all-female support group for new mums, staffed by our team.', 'advert', []],
    ['Last time they sent only men because our senior partner is a man.', 'email', []],
    // Asked for with a "please" that ends the request, in an e-mail; not people spoken to or already there.
    ['For the bariatric list: tall, sturdy chaps please.', 'email', ['sex-preferred@37:chaps']],
    ['Send us a male HCA please.', 'email', ['sex-preferred@10:male', 'unexpanded-acronym@15:HCA']],
    ['Ladies please note the changing rooms are closed.', 'email', []],
    ['Staff: men please use the upstairs lockers.', 'email', []],
    ['Could the men please move their cars.', 'email', []],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});

describe('he or she for the post-holder after a place or a title in capitals, which is no one to point back to', () => {
  it.each<[string, TextKind, string[]]>([
    ['We are looking for a health visitor to work across Eastmoor and Lower Brindle. She will hold a caseload of families.', 'advert', ['generic-pronoun@79:She']],
    ['The post-holder will work within the NMC Code of Conduct. He will keep his revalidation up to date.', 'advert', ['unexpanded-acronym@37:NMC', 'generic-pronoun@58:He', 'generic-pronoun@71:his']],
    // Colleagues named, with and without a title, are who the pronoun is about.
    ['You will work with Sister Jane Doyle and Amy Price. She will be your mentor.', 'advert', []],
    ['You will be based at Elm Surgery with Dr Ravi Shah. He will supervise you.', 'advert', []],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});

describe('traps beside these families: patient groups, a clinic name, surnames, a busy service with its support, feminine-coded words, patient choice', () => {
  it.each<[string, TextKind]>([
    ['We run clinics for young people aged 11 to 25.', 'advert'],
    ["The Ladies' clinic runs on Thursday mornings.", 'advert'],
    ['Please contact Mr Young or Dr Strong for an informal visit.', 'advert'],
    ['Our emergency department is fast-paced; you will have a preceptor, protected learning time and debriefs.', 'advert'],
    // Issue 11 §1: feminine-coded words are counted in the balance, not underlined.
    ['We want a caring, supportive and compassionate nurse.', 'advert'],
    ['Patients who prefer a female clinician can ask for one.', 'advert'],
  ])('%j', (text, context) => {
    expect(findings(text, context)).toEqual([]);
    // Nor by this round's rules that run only at the strict setting.
    expect(findings(text, context, 'strict').filter((f) => f.startsWith('pressure-hype') || f.startsWith('age-pace'))).toEqual([]);
  });
});
