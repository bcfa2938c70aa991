import type { Decision, Vacancy } from '../schema';
import { round2 } from '../util/round2';
import { type MarkStats, describeMarks } from './describe-marks';
import { DEFAULT_DISAGREEMENT_FRACTION, disagreementThreshold } from './disagreement-threshold';
import { scoringStatus } from './scoring-status';

export interface QuestionScores {
  questionId: string;
  /** 1-based, in the order asked. */
  number: number;
  /** Each scorer's mark, in panel order. */
  marks: { memberId: string; mark: number }[];
  stats: MarkStats | null;
  /** spread ≥ the disagreement threshold: discuss against the evidence before agreeing a mark. */
  disagreement: boolean;
  /** The moderated mark, once agreed. */
  agreed: { mark: number; reason: string } | null;
  /** The agreed mark, or the unrounded mean until one is agreed (rounded to 2 dp here). */
  final: number | null;
}

export interface CandidateScores {
  candidateId: string;
  code: string;
  /** All scorers have submitted. Until then `questions` and `memberTotals` are empty: marks stay hidden. */
  ready: boolean;
  waitingFor: string[];
  questions: QuestionScores[];
  /** Each scorer's total over all questions, in panel order. */
  memberTotals: { memberId: string; total: number }[];
  /** The mean of the member totals, 2 dp. */
  meanTotal: number | null;
  /** The sum of `final` over the questions, 2 dp: what the ranking uses. */
  finalTotal: number | null;
  disagreements: number;
  /** 1 = highest `finalTotal`; equal totals share a rank (1, 1, 3). Null until ready. */
  rank: number | null;
  decision: Decision | null;
}

export interface Moderation {
  /** In the vacancy's candidate order. */
  candidates: CandidateScores[];
  /** Ready candidates, best first (equal totals by code). */
  ranking: { candidateId: string; code: string; rank: number; finalTotal: number }[];
}

export interface ModerationOptions {
  /** A spread of this fraction of the scale's range or more is flagged. Default 0.5 (2 on 0–4). */
  disagreementFraction?: number;
}

/**
 * The moderation view for every candidate: per question the marks, min, max, spread, mean and
 * median, large disagreements flagged, the agreed marks; totals per member, the mean total and the
 * ranking. Candidates whose sheets are not all submitted show no marks at all.
 */
export function moderate(vacancy: Vacancy, options: ModerationOptions = {}): Moderation {
  const fraction = options.disagreementFraction ?? DEFAULT_DISAGREEMENT_FRACTION;
  const candidates = vacancy.candidates.map((c): CandidateScores => {
    const status = scoringStatus(vacancy, c.id);
    const decision = vacancy.decisions.find((d) => d.candidateId === c.id) ?? null;
    const base = { candidateId: c.id, code: c.code, waitingFor: status.waitingFor, decision };
    if (!status.allSubmitted)
      return { ...base, ready: false, questions: [], memberTotals: [], meanTotal: null, finalTotal: null, disagreements: 0, rank: null };

    const sheets = status.scorers.flatMap((m) => vacancy.sheets.filter((s) => s.memberId === m && s.candidateId === c.id));
    let finalSum = 0;
    const questions = vacancy.questions.map((q, i): QuestionScores => {
      const marks = sheets.flatMap((s) => {
        const mark = s.marks[q.id]?.mark;
        return mark == null ? [] : [{ memberId: s.memberId, mark }];
      });
      const stats = describeMarks(marks.map((m) => m.mark));
      const exactMean = marks.length ? marks.reduce((a, m) => a + m.mark, 0) / marks.length : null;
      const agreedMark = vacancy.agreed.find((a) => a.candidateId === c.id && a.questionId === q.id);
      const agreed = agreedMark ? { mark: agreedMark.mark, reason: agreedMark.reason } : null;
      const final = agreed?.mark ?? exactMean;
      finalSum += final ?? 0;
      return {
        questionId: q.id,
        number: i + 1,
        marks,
        stats,
        disagreement: stats !== null && stats.spread >= disagreementThreshold(q.scale, fraction),
        agreed,
        final: final === null ? null : round2(final),
      };
    });
    const memberTotals = sheets.map((s) => ({
      memberId: s.memberId,
      total: vacancy.questions.reduce((sum, q) => sum + (s.marks[q.id]?.mark ?? 0), 0),
    }));
    const meanTotal = memberTotals.length
      ? round2(memberTotals.reduce((a, m) => a + m.total, 0) / memberTotals.length)
      : null;
    return {
      ...base,
      ready: true,
      questions,
      memberTotals,
      meanTotal,
      finalTotal: round2(finalSum),
      disagreements: questions.filter((q) => q.disagreement).length,
      rank: null,
    };
  });

  const ready = candidates
    .filter((c) => c.ready)
    .sort(
      (a, b) =>
        (b.finalTotal ?? 0) - (a.finalTotal ?? 0) ||
        a.code.localeCompare(b.code, 'en-GB', { numeric: true, sensitivity: 'base' }),
    );
  const ranks = new Map<string, number>();
  ready.forEach((c, i) => {
    const prev = ready[i - 1];
    ranks.set(c.candidateId, prev && prev.finalTotal === c.finalTotal ? (ranks.get(prev.candidateId) ?? i + 1) : i + 1);
  });
  return {
    candidates: candidates.map((c) => ({ ...c, rank: ranks.get(c.candidateId) ?? null })),
    ranking: ready.map((c) => ({
      candidateId: c.candidateId,
      code: c.code,
      rank: ranks.get(c.candidateId) ?? 0,
      finalTotal: c.finalTotal ?? 0,
    })),
  };
}
