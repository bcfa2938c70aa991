import type { Criterion, Vacancy } from '../schema';
import { listInWords } from '../util/list-in-words';
import { plural } from '../util/plural';

export interface QuestionSetGaps {
  /** Questions with level descriptors still to write, and which levels. */
  missingDescriptors: { questionId: string; number: number; levels: number[] }[];
  /** Criteria no question assesses, essential ones first. */
  criteriaWithoutQuestion: Pick<Criterion, 'id' | 'code' | 'kind' | 'text'>[];
  questionsWithoutCriterion: { questionId: string; number: number }[];
  /** Questions whose wording has not been checked since it last changed. */
  uncheckedQuestions: { questionId: string; number: number }[];
  /** Questions whose last wording check found something. */
  questionsWithFindings: { questionId: string; number: number; count: number }[];
  /** The same, as plain-English sentences for the UI, in the order above. Empty when all is ready. */
  messages: string[];
}

/** What is missing before the question set is ready to use. Questions are numbered from 1, in order. */
export function questionSetGaps(vacancy: Vacancy): QuestionSetGaps {
  const numbered = vacancy.questions.map((q, i) => ({ q, number: i + 1 }));
  const missingDescriptors = numbered
    .map(({ q, number }) => ({
      questionId: q.id,
      number,
      levels: q.descriptors.flatMap((d, i) => (d.trim() ? [] : [q.scale.min + i])),
    }))
    .filter((m) => m.levels.length > 0);
  const linked = new Set(vacancy.questions.flatMap((q) => q.criterionIds));
  const criteriaWithoutQuestion = [
    ...vacancy.criteria.filter((c) => c.kind === 'essential'),
    ...vacancy.criteria.filter((c) => c.kind === 'desirable'),
  ]
    .filter((c) => !linked.has(c.id))
    .map(({ id, code, kind, text }) => ({ id, code, kind, text }));
  const questionsWithoutCriterion = numbered
    .filter(({ q }) => q.criterionIds.length === 0)
    .map(({ q, number }) => ({ questionId: q.id, number }));
  const uncheckedQuestions = numbered
    .filter(({ q }) => q.check === null)
    .map(({ q, number }) => ({ questionId: q.id, number }));
  const questionsWithFindings = numbered
    .filter(({ q }) => (q.check?.findings.length ?? 0) > 0)
    .map(({ q, number }) => ({ questionId: q.id, number, count: q.check?.findings.length ?? 0 }));

  const messages: string[] = [];
  if (vacancy.questions.length === 0) messages.push('There are no questions yet.');
  for (const m of missingDescriptors)
    messages.push(
      `Question ${m.number} has no descriptor for ${m.levels.length === 1 ? 'level' : 'levels'} ${listInWords(m.levels)}: write ${m.levels.length === 1 ? 'it' : 'them'} before the interviews.`,
    );
  for (const c of criteriaWithoutQuestion)
    messages.push(`${c.code} (${c.kind}) "${c.text}" has no question: add one or link an existing question.`);
  for (const q of questionsWithoutCriterion)
    messages.push(`Question ${q.number} is not linked to any criterion.`);
  for (const q of uncheckedQuestions)
    messages.push(`Question ${q.number} has not been checked for biased or unlawful wording.`);
  for (const q of questionsWithFindings)
    messages.push(`Question ${q.number} has ${plural(q.count, 'wording issue')} to review.`);
  return { missingDescriptors, criteriaWithoutQuestion, questionsWithoutCriterion, uncheckedQuestions, questionsWithFindings, messages };
}
