import { MINORITY_GROUPS, type Monitoring, type OutcomeCount } from '../schema';
import { plural } from '../util/plural';
import { round2 } from '../util/round2';

/** Below this many shortlisted (white plus ethnic minority), the figure swings on one appointment. */
export const SMALL_NUMBERS = 10;

export interface WresResult {
  /**
   * (white appointed ÷ white shortlisted) ÷ (ethnic minority appointed ÷ ethnic minority shortlisted),
   * rounded to 2 dp. 1.00 is parity; above 1 favours white applicants. Null when it cannot be worked out.
   */
  value: number | null;
  white: OutcomeCount;
  /** Asian or Asian British, Black or Black British, Mixed and Other, added up. */
  minority: OutcomeCount;
  /** Left out of the figure. */
  notStated: OutcomeCount;
  /** The figure in words, or why there is none. */
  meaning: string;
  /** Cautions: small numbers, people left out. */
  notes: string[];
}

const fixed = (n: number) => n.toFixed(2);

/**
 * WRES indicator 2: the relative likelihood of white shortlisted applicants being appointed compared
 * with ethnic minority shortlisted applicants. "Not stated" is left out of both sides.
 */
export function wresIndicator2(monitoring: Monitoring): WresResult {
  const white = { ...monitoring.white };
  const minority = MINORITY_GROUPS.reduce(
    (sum, g) => ({
      shortlisted: sum.shortlisted + monitoring[g].shortlisted,
      appointed: sum.appointed + monitoring[g].appointed,
    }),
    { shortlisted: 0, appointed: 0 },
  );
  const notStated = { ...monitoring['not-stated'] };
  const result = (value: number | null, meaning: string): WresResult => {
    const notes: string[] = [];
    const total = white.shortlisted + minority.shortlisted;
    if (total > 0 && total < SMALL_NUMBERS)
      notes.push(
        `Small numbers: only ${plural(total, 'person was', 'people were')} shortlisted, so one appointment either way changes this figure a lot. Add up several vacancies before drawing conclusions.`,
      );
    if (notStated.shortlisted > 0)
      notes.push(
        `${plural(notStated.shortlisted, 'shortlisted applicant')} did not state an ethnic group and ${notStated.shortlisted === 1 ? 'is' : 'are'} left out of this figure.`,
      );
    return { value, white, minority, notStated, meaning, notes };
  };

  if (white.shortlisted === 0 && minority.shortlisted === 0)
    return result(null, 'Not enough data: nobody with a stated ethnic group has been shortlisted yet.');
  if (minority.shortlisted === 0) return result(null, 'Not enough data: no ethnic minority applicants were shortlisted.');
  if (white.shortlisted === 0) return result(null, 'Not enough data: no white applicants were shortlisted.');
  if (white.appointed === 0 && minority.appointed === 0)
    return result(null, 'Not enough data: nobody shortlisted has been appointed yet.');
  if (minority.appointed === 0)
    return result(
      null,
      `Cannot be calculated: no ethnic minority shortlisted applicants were appointed, while ${white.appointed} of ${white.shortlisted} white shortlisted applicants were.`,
    );
  if (white.appointed === 0)
    return result(
      0,
      `0.00: no white shortlisted applicants were appointed, while ${minority.appointed} of ${minority.shortlisted} ethnic minority shortlisted applicants were.`,
    );

  const ratio = white.appointed / white.shortlisted / (minority.appointed / minority.shortlisted);
  const value = round2(ratio);
  if (value === 1)
    return result(value, '1.00: parity. White and ethnic minority shortlisted applicants were equally likely to be appointed.');
  if (value > 1)
    return result(
      value,
      `${fixed(value)}: white shortlisted applicants were ${fixed(value)} times as likely to be appointed as ethnic minority shortlisted applicants.`,
    );
  return result(
    value,
    `${fixed(value)}: ethnic minority shortlisted applicants were ${fixed(round2(1 / ratio))} times as likely to be appointed as white shortlisted applicants.`,
  );
}
