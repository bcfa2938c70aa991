/**
 * A general answer guide for the default 0 to 4 scale, for a panel to start from and make specific
 * to each question (what a good answer to this question looks like).
 */
export const STANDARD_DESCRIPTORS: readonly string[] = Object.freeze([
  'No relevant example, or the answer does not address the question.',
  'A vague or general answer: little about what the candidate did themselves, or the outcome.',
  'A relevant example of what the candidate did, with some detail of how and of the outcome.',
  'A clear, specific example: what the candidate did and why, the outcome, and what they learned.',
  'Several strong, specific examples showing judgement, reflection and a lasting effect beyond what the role needs.',
]);
