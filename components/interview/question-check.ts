import { analyse } from '@/lib/engine';
import type { QuestionCheckFn } from '@/lib/interview';

/** The wording check for interview questions: the engine's rules for the `question` context. */
export const questionCheck: QuestionCheckFn = (text) => analyse(text, { context: 'question' }).findings;
