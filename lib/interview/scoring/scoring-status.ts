import type { Vacancy } from '../schema';

export interface ScoringStatus {
  /** Panel members who mark (`scores: true`), in panel order. */
  scorers: string[];
  /** Of those, who has submitted their sheet for this candidate. */
  submitted: string[];
  /** Of those, who has not. */
  waitingFor: string[];
  /** True when every scorer has submitted (and there is at least one). Marks are revealed from then on. */
  allSubmitted: boolean;
}

/** Who has submitted marks for a candidate, by panel member id. */
export function scoringStatus(vacancy: Vacancy, candidateId: string): ScoringStatus {
  const scorers = vacancy.panel.filter((m) => m.scores).map((m) => m.id);
  const done = new Set(
    vacancy.sheets.filter((s) => s.candidateId === candidateId && s.submittedAt !== null).map((s) => s.memberId),
  );
  const submitted = scorers.filter((m) => done.has(m));
  const waitingFor = scorers.filter((m) => !done.has(m));
  return { scorers, submitted, waitingFor, allSubmitted: scorers.length > 0 && waitingFor.length === 0 };
}
