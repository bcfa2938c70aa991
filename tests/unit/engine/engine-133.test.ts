import { describe, expect, it } from 'vitest';
import { requiredWords } from '@/lib/wordlists/required-words';

describe('requiredWords: a word that every match holds is a list of its own', () => {
  it('needs the one word all matches share, though their first, last and longest words differ', () => {
    // First words "we"/"they", last "about"/"over", longest "really" or "fussy": only "fussy" is in every match.
    expect(requiredWords(String.raw`\b(?:we|they)(?:['’]re|\s+are)\s+(?:so\s+|really\s+)?fussy\s+(?:about|over)\b`, 'gi')).toEqual({
      lists: [['fussy'], ['they', 'we'], ['about', 'over']],
      starts: ['they', 'we'],
    });
  });

  it('adds nothing when no word is in every match', () => {
    expect(requiredWords(String.raw`\b(?:uk|british)[\s-]+(?:citizens?|nationals?)\b`, 'gi')).toEqual({
      lists: [['british', 'uk'], ['citizen', 'citizens', 'national', 'nationals']],
      starts: ['british', 'uk'],
    });
  });
});
