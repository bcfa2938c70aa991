/**
 * A question an application form puts to the applicant: it ends with "?" and the form gives the
 * answer's place after it, on its line or the next ("Yes / No", "Y/N", a tick box, a blank to fill).
 * In an advert or a screening form such a question is asked, so the rules for questions asked at
 * interview or in an e-mail ("Do you have any medical conditions?") read it too; an FAQ's "Do I need
 * a car?" has no answer's place and stays the applicant's own question.
 */
/**
 * Words of the questions a form may lawfully ask apart from the selection: equality monitoring ("Prefer
 * not to say", kept from the panel) and the Disability Confident scheme's offer of an interview
 * (Equality Act 2010, section 60(6)).
 */
const MONITORING = /monitoring|prefer not to say|disability confident|guaranteed interview|offer of an interview|equality act/i;
/** How many lines before the question a form's heading or note may be. */
const HEADING_LINES = 3;

/** An answer's place straight after a question mark, on its line or the next. */
const ANSWER_AFTER_MARK = /^[ \t]*(?:\r?\n[ \t]*)?(?:yes[ \t]*\/[ \t]*no\b|y[ \t]*\/[ \t]*n\b|_{3}|☐|□|\[[ \t]?\])/i;
/** How far after a question mark its answer's place is looked for: it follows at once. */
const ANSWER_REACH = 40;

/** Whether the question mark at q has its answer's place after it. */
const answeredAt = (text: string, q: number) => ANSWER_AFTER_MARK.test(text.slice(q + 1, q + 1 + ANSWER_REACH));

/** Whether the text holds any question with its answer's place after it: read once per advert. */
export function holdsFormQuestions(text: string): boolean {
  for (let q = text.indexOf('?'); q >= 0; q = text.indexOf('?', q + 1)) if (answeredAt(text, q)) return true;
  return false;
}

/** The offset where the line holding `at` ends. */
const lineEndAt = (text: string, at: number) => {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
};

/** Whether the offset `at` is in a question whose answer's place the form gives after it, outside equality monitoring. */
export function isFormQuestion(text: string, at: number): boolean {
  const end = lineEndAt(text, at);
  // Searched within the line: a search to the text's end for every match would be quadratic.
  const onLine = text.slice(at, end).indexOf('?');
  return onLine >= 0 && answeredAt(text, at + onLine) && !inMonitoring(text, at);
}

/**
 * Whether the offset `at` is in equality monitoring: its line, the next, or a heading or note up to
 * three lines above says so ("Equality and diversity monitoring" over "Religion or belief: please state your religion").
 */
export function inMonitoring(text: string, at: number): boolean {
  const end = lineEndAt(text, at);
  const nextEnd = end < text.length ? lineEndAt(text, end + 1) : end;
  let from = text.lastIndexOf('\n', at - 1) + 1;
  for (let n = 0; n < HEADING_LINES && from > 0; n++) from = text.lastIndexOf('\n', from - 2) + 1;
  return MONITORING.test(text.slice(from, nextEnd));
}
