// Moved to lib/engine/judgement/: a re-export for handlers written against the old path, until they are merged.
export { OBJECT_WINDOW as PREFERENCE_WINDOW, judgementOf as preferenceBefore } from '../judgement/reader';
