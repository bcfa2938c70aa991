import { InterviewError } from '../interview-error';
import type { Candidate, Vacancy } from '../schema';
import { listInWords } from '../util/list-in-words';
import { scoringStatus } from './scoring-status';

/** Throws unless every scorer has submitted marks for the candidate: moderation and decisions come after scoring. */
export function requireAllSubmitted(vacancy: Vacancy, candidateId: string): Candidate {
  const candidate = vacancy.candidates.find((c) => c.id === candidateId);
  if (!candidate) throw new InterviewError('This candidate is no longer in the vacancy.');
  const status = scoringStatus(vacancy, candidateId);
  if (status.scorers.length === 0) throw new InterviewError('Add at least one scoring panel member first.');
  if (!status.allSubmitted) {
    const names = status.waitingFor.map((id) => vacancy.panel.find((m) => m.id === id)?.name ?? id);
    throw new InterviewError(
      `Finish scoring first: ${listInWords(names)} ${names.length === 1 ? 'has' : 'have'} not submitted marks for ${candidate.code}.`,
    );
  }
  return candidate;
}
