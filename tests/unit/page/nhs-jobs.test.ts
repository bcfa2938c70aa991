// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { extractNhsJobsAdvert, isNhsJobsAdvert } from '@/lib/page/nhs-jobs';
import { personSpecCriteria } from '@/lib/page/person-spec-criteria';
import { rangeFor } from '@/lib/page/text-map';

const FIXTURE = path.resolve(import.meta.dirname, '../../pages/nhs-jobs/practice-receptionist.html');

describe('extractNhsJobsAdvert', () => {
  beforeEach(() => {
    document.open();
    document.write(readFileSync(FIXTURE, 'utf8'));
    document.close();
  });

  it('recognises an advert page by its element ids', () => {
    expect(isNhsJobsAdvert(document)).toBe(true);
  });

  it('reads prose from the siblings of the empty id elements, and each criterion once', () => {
    const advert = extractNhsJobsAdvert(document)!;
    const sections = advert.sections.map((s) => [s.role, advert.text.slice(s.start, s.end)]);
    expect(sections.map(([role]) => role)).toEqual([
      'title', 'summary', 'duties', 'about', 'description', 'details', 'details',
      'essential', 'essential', 'desirable', 'essential', 'essential',
    ]);
    expect(sections[0]).toEqual(['title', 'Practice Receptionist']);
    expect(sections[1]![1]).toMatch(/^We are a busy, friendly GP surgery looking for a young and energetic receptionist/);
    expect(sections[1]![1]).toMatch(/You must be a native English speaker with a full driving licence\.$/);
    expect(sections.slice(7)).toEqual([
      ['essential', '5 GCSEs including English and Maths'],
      ['essential', "At least 3 years' experience in a GP reception"],
      ['desirable', 'Experience of SystmOne'],
      ['essential', 'Excellent customer service skills'],
      ['essential', 'Experience of Docman would be an advantage'],
    ]);
  });

  it('keeps markup-looking text as text', () => {
    const advert = extractNhsJobsAdvert(document)!;
    expect(advert.text).toContain(`<img src=x onerror="document.title='pwned'">`);
    expect(document.querySelector('img')).toBeNull();
  });

  it('maps offsets back to the page text', () => {
    const advert = extractNhsJobsAdvert(document)!;
    const start = advert.text.indexOf('young and energetic');
    const range = rangeFor(advert, start, start + 'young and energetic'.length, document)!;
    expect(range.toString()).toBe('young and energetic');
    const criterion = advert.text.indexOf('SystmOne');
    expect(rangeFor(advert, criterion, criterion + 8, document)!.toString()).toBe('SystmOne');
  });

  it('gives the interview tool the criteria to import', () => {
    const advert = extractNhsJobsAdvert(document)!;
    expect(personSpecCriteria(advert.text, advert.sections)).toEqual({
      title: 'Practice Receptionist',
      criteria: [
        { kind: 'essential', text: '5 GCSEs including English and Maths' },
        { kind: 'essential', text: "At least 3 years' experience in a GP reception" },
        { kind: 'desirable', text: 'Experience of SystmOne' },
        { kind: 'essential', text: 'Excellent customer service skills' },
        { kind: 'essential', text: 'Experience of Docman would be an advantage' },
      ],
    });
    expect(personSpecCriteria('No criteria here', [])).toBeNull();
  });

  it('returns null for a page that is not an advert', () => {
    document.body.innerHTML = '<p>Hello</p>';
    expect(extractNhsJobsAdvert(document)).toBeNull();
  });
});
