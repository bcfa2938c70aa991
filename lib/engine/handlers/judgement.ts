// Moved to lib/engine/judgement/: a re-export for handlers written against the old path, until they are merged.
export { type Judgement, type JudgementAt, judgementNear } from '../judgement/reader';
