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
