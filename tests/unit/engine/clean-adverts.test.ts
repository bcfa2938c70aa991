import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';

// Six adverts written for this test (none from the corpus), one from each of ambulance, mental health
// and community, GP and PCN, dental, community pharmacy and hospital optometry, with the names,
// titles, services, patient groups, statutes and fair routes real NHS adverts carry: "drive the
// ambulance under blue lights", a C1 licence "or willingness to obtain" it, Mr Strong, Dr Young, the
// Responsible Clinician, the Mental Health Act 1983, older people's clinics, a girls' and boys'
// vaccination clinic, "competitive salary", "leading provider", "driven by our values". A reviewer
// would flag nothing in them, and each has the statements an advert needs. Eight more (round 12) from
// settings the first six did not cover: NHS 111, a community learning disability team, sexual
// health, hospital estates, pathology, prison healthcare, a hospice and school nursing, with the
// "Dynamic Support Register", "ISO 15189, the international standard...", "the LeDeR programme",
// HIV, LGBTQ+ people, "help the nurse in charge" and "Dr Tom Strong".
const DIR = path.join(import.meta.dirname, 'clean-adverts');
const ADVERTS = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();
// Eight e-mails (round 13) that discuss candidates fairly: panel notes, shortlisting, interview
// feedback, a panel brief and agency requests, with names that are words (Grace Young, Daniel
// Strong, Margaret Gentle, Dr Oldman), colleagues' titles (our Ward Sister, Joy Banda; the Chief
// Pharmacist), "he" for a named man, an adjustment recorded neutrally (questions in writing, extra
// time, a BSL interpreter), quoted advert wording being corrected, an instruction not to screen
// anyone out by age or accent, a reported refusal elsewhere "for being over 60", a candidate "less
// confident on prescribing", and the GP Induction and Refresher Scheme as the route for GPs from abroad.
const EMAIL_DIR = path.join(import.meta.dirname, 'clean-emails');
const EMAILS = readdirSync(EMAIL_DIR).filter((f) => f.endsWith('.txt')).sort();

describe('clean adverts from every setting', () => {
  it('has the fourteen adverts', () => {
    expect(ADVERTS).toHaveLength(14);
  });
  it.each(ADVERTS)('%s: no inline finding and no missing statement', (file) => {
    const report = analyse(readFileSync(path.join(DIR, file), 'utf8'), { context: 'advert' });
    expect(report.findings.map((f) => `${f.ruleId}@${f.start}:${f.text}`)).toEqual([]);
    expect(report.document.map((d) => d.ruleId)).toEqual([]);
  });
});

describe('clean e-mails about candidates', () => {
  it('has the eight e-mails', () => {
    expect(EMAILS).toHaveLength(8);
  });
  it.each(EMAILS)('%s: no finding', (file) => {
    const report = analyse(readFileSync(path.join(EMAIL_DIR, file), 'utf8'), { context: 'email' });
    expect(report.findings.map((f) => `${f.ruleId}@${f.start}:${f.text}`)).toEqual([]);
  });
});
