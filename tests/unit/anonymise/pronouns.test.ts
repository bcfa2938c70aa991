import { expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

// Pronouns become plain words, not placeholders, and the verb after he/she is made to agree.
test.each([
  ['She is a dedicated nurse and her patients love her.', 'They are a dedicated nurse and their patients love them.'],
  ['He works closely with his team and taught students himself.', 'They work closely with their team and taught students themselves.'],
  ["I thanked her for her support. She's been brilliant; she's kind.", "I thanked them for their support. They've been brilliant; they're kind."],
  ['She carries out smears and he teaches.', 'They carry out smears and they teach.'],
  ['Her work is excellent and I recommend her.', 'Their work is excellent and I recommend them.'],
  ['The decision was hers. He has led the team.', 'The decision was theirs. They have led the team.'],
  ['HE WAS THERE.', 'THEY WERE THERE.'],
  // One adverb may stand between the pronoun and its verb; "-sses" verbs lose "es".
  ['He now leads the unit and she still chairs the group.', 'They now lead the unit and they still chair the group.'],
  ["He doesn't drive, so she usually discusses cases by phone.", "They don't drive, so they usually discuss cases by phone."],
  // Verbs joined to the first agree too, with an adverb between or a list closed by "and"/"or".
  ['He now leads and manages the dispensary team.', 'They now lead and manage the dispensary team.'],
  ['She trains, supervises and assesses students, and also teaches.', 'They train, supervise and assess students, and also teach.'],
  ['He reviews, audits or signs off protocols.', 'They review, audit or sign off protocols.'],
  ['She teaches, and mentors.', 'They teach, and mentor.'],
  // A list of commas without "and" is not read as verbs, nor a plural subject after "and".
  ['When he arrives, patients are seen quickly.', 'When they arrive, patients are seen quickly.'],
  ['She arrives and patients are waiting.', 'They arrive and patients are waiting.'],
  // A past tense after an adverb is left as it is.
  ['She quickly settled in.', 'They quickly settled in.'],
  // Words that contain pronouns stay: "the", "there", "hence", "shell", "hermit", "chemist".
  ['The chemist there gave them a shell.', 'The chemist there gave them a shell.'],
])('%s', (text, expected) => {
  const result = anonymise(`Profile\n${text}`);
  expect(result.text).toBe(`Profile\n${expected}`);
  for (const r of result.redactions) expect(r.type).toBe('pronoun');
});
