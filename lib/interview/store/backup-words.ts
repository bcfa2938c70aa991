import { keyWords, type PathWords } from '../../issues/issue-sentence';

/** Each list in a backup, named for one entry ("panel member 2"). */
const ENTRY: Record<string, string> = {
  vacancies: 'vacancy',
  panel: 'panel member',
  criteria: 'criterion',
  questions: 'question',
  candidates: 'candidate',
  sheets: 'mark sheet',
  agreed: 'agreed mark',
  decisions: 'decision',
  descriptors: 'level descriptor',
  criterionIds: 'linked criterion',
  labels: 'level name',
  brokenCopies: 'unreadable copy',
};

/** Fields whose names do not read as words on their own. */
const FIELD: Record<string, string> = {
  title: 'job title',
  interview: 'interview date',
  closing: 'closing date',
  shortlisting: 'shortlisting date',
  exportedAt: 'export date',
  createdAt: 'date created',
  submittedAt: 'date submitted',
  decidedAt: 'date decided',
  text: 'wording',
  memberId: 'panel member',
  candidateId: 'candidate',
  questionId: 'question',
  evidence: 'evidence notes',
  shortlisted: 'number shortlisted',
  appointed: 'number appointed',
  criterionIds: 'linked criteria',
  descriptors: 'level descriptors',
  vacancies: 'the list of vacancies',
};

/** The words for a path in an interview backup: "Vacancy 1, panel member 2" and "name". */
export const backupWords: PathWords = (key, index) =>
  index === undefined ? (FIELD[key] ?? keyWords(key)) : `${ENTRY[key] ?? keyWords(key)} ${index + 1}`;
