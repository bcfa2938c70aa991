/**
 * A question an application form puts to the applicant: it ends with "?" and the form gives the
 * answer's place after it, on its line or the next ("Yes / No", "Y/N", a tick box, a blank to fill).
 * In an advert or a screening form such a question is asked, so the rules for questions asked at
 * interview or in an e-mail ("Do you have any medical conditions?") read it too; an FAQ's "Do I need
 * a car?" has no answer's place and stays the applicant's own question.
 */
const ANSWER_PLACE = /^[ \t]*(?:yes[ \t]*\/[ \t]*no\b|y[ \t]*\/[ \t]*n\b|_{3}|☐|□|\[[ \t]?\])/i;

/** Whether the offset `at` is in a question whose answer's place the form gives after it. */
export function isFormQuestion(text: string, at: number): boolean {
  const lineEnd = text.indexOf('\n', at);
  const end = lineEnd < 0 ? text.length : lineEnd;
  const mark = text.indexOf('?', at);
  if (mark < 0 || mark >= end) return false;
  const rest = text.slice(mark + 1, end);
  if (rest.trim() !== '') return ANSWER_PLACE.test(rest);
  if (lineEnd < 0) return false;
  const next = text.indexOf('\n', lineEnd + 1);
  return ANSWER_PLACE.test(text.slice(lineEnd + 1, next < 0 ? text.length : next));
}
