import type { RedactionType } from './redaction-type';

/**
 * A stretch of the original text that a recogniser wants removed. `priority` settles overlaps
 * (higher wins, then longer). `replacement` overrides the type's placeholder (pronouns, and
 * names once people are numbered).
 */
export interface Span {
  type: RedactionType;
  start: number;
  end: number;
  priority: number;
  replacement?: string;
  /** For names: the person's index (0 is the candidate), set by `assignNamePlaceholders`. */
  person?: number;
  /** A region (an address, a right-to-work sentence) that may be cut around stronger spans. */
  divisible?: boolean;
}
