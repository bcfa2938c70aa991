/** The anonymiser's code for the nth candidate: 7 → "Candidate 07". */
export function candidateCode(n: number): string {
  return `Candidate ${String(n).padStart(2, '0')}`;
}
