import { issueSentence, keyWords, type PathWords } from '@/lib/issues/issue-sentence';
import { plainIssueMessage } from '@/lib/interview/store/format-issues';
import { type Settings, settingsSchema } from '@/lib/settings/schema';

/** The largest settings file read: 500 words with reasons and 1,000 allowed phrases fit in well under this. */
export const MAX_SETTINGS_BYTES = 1_000_000;

const ENTRY: Record<string, string> = { customWords: 'your own word', allowlist: 'word never flagged', disabledRules: 'switched-off rule' };
const FIELD: Record<string, string> = {
  categories: 'kinds of wording',
  customWords: 'your own words',
  allowlist: 'words never flagged',
  allowHeOrShe: '“he or she” setting',
  disabledRules: 'switched-off rules',
  sites: 'sites',
  phrase: 'word or phrase',
  category: 'kind',
};
const settingsWords: PathWords = (key, index) =>
  index === undefined ? (FIELD[key] ?? keyWords(key)) : `${ENTRY[key] ?? keyWords(key)} ${index + 1}`;

/**
 * Reads a settings file (a .json file exported from the options page; a `File` will do). On any
 * problem nothing is loaded and `message` says what is wrong in plain sentences, naming each field.
 * A file over the size limit is refused before it is read.
 */
export async function readSettingsFile(file: {
  name: string;
  size: number;
  text(): Promise<string>;
}): Promise<{ ok: true; settings: Settings } | { ok: false; message: string }> {
  const refused = (why: string) => ({ ok: false as const, message: `${file.name} could not be used, so nothing was changed. ${why}` });
  if (file.size > MAX_SETTINGS_BYTES) return refused('It is too large to be a De-bias settings file (the limit is 1 MB).');
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch {
    return refused('It is not a De-bias settings file: it is not valid JSON.');
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return refused('It is not a De-bias settings file.');
  const parsed = settingsSchema.safeParse(json, { error: plainIssueMessage });
  if (parsed.success) return { ok: true, settings: parsed.data };
  const sentences = [...new Set(parsed.error.issues.map((i) => issueSentence(i, settingsWords, 'the file')))];
  return refused(sentences.slice(0, 5).join(' '));
}
