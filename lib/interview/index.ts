/**
 * De-bias structured-interview model: pure functions over plain data. No DOM, no browser APIs, no
 * storage: the UI loads state with `loadState`, calls mutations (each returns a new state or throws
 * `InterviewError` with a message to show), and saves the result. See README.md.
 */
export * from './schema';
export { InterviewError } from './interview-error';

// State, vacancies, panel, candidates
export { emptyState } from './state/empty-state';
export { findVacancy } from './state/find-vacancy';
export { addVacancy, emptyMonitoring, type VacancyInput } from './state/add-vacancy';
export { updateVacancy } from './state/update-vacancy';
export { removeVacancy } from './state/remove-vacancy';
export { addPanelMember } from './state/add-panel-member';
export { updatePanelMember } from './state/update-panel-member';
export { removePanelMember } from './state/remove-panel-member';
export { candidateCode } from './state/candidate-code';
export { addCandidate } from './state/add-candidate';
export { renameCandidate } from './state/rename-candidate';
export { removeCandidate } from './state/remove-candidate';
export { importVacancies } from './state/import-vacancies';
export { discardBrokenCopy } from './state/discard-broken-copy';

// Checklist
export { CHECKLIST, type ChecklistItem, checklistFileSchema, checklistItemSchema } from './checklist/checklist';
export { itemState } from './checklist/item-state';
export { setItemStatus } from './checklist/set-item-status';
export { setItemNote } from './checklist/set-item-note';
export { checklistProgress, type StageProgress } from './checklist/checklist-progress';
export { nextOpenItems } from './checklist/next-open-items';
export { criticalWarnings, type CriticalWarning } from './checklist/critical-warnings';

// Criteria and questions
export { parseCriteria, type CriterionInput } from './questions/parse-criteria';
export { addCriteria, nextCriterionCode } from './questions/add-criteria';
export { updateCriterion } from './questions/update-criterion';
export { removeCriterion } from './questions/remove-criterion';
export { DEFAULT_SCALE } from './questions/default-scale';
export { STANDARD_DESCRIPTORS } from './questions/standard-descriptors';
export { addQuestion } from './questions/add-question';
export { findQuestion } from './questions/find-question';
export { updateQuestion } from './questions/update-question';
export { setDescriptor } from './questions/set-descriptor';
export { setQuestionScale } from './questions/set-question-scale';
export { moveQuestion } from './questions/move-question';
export { removeQuestion } from './questions/remove-question';
export { scoringStarted } from './questions/scoring-started';
export { checkQuestions, type QuestionCheckFn } from './questions/check-questions';
export { questionSetGaps, type QuestionSetGaps } from './questions/question-set-gaps';

// Scoring, moderation, decisions
export { recordMark, type MarkInput } from './scoring/record-mark';
export { submitSheet } from './scoring/submit-sheet';
export { reopenSheet } from './scoring/reopen-sheet';
export { scoringStatus, type ScoringStatus } from './scoring/scoring-status';
export { visibleSheets, type VisibleSheets } from './scoring/visible-sheets';
export { describeMarks, type MarkStats } from './scoring/describe-marks';
export { DEFAULT_DISAGREEMENT_FRACTION, disagreementThreshold } from './scoring/disagreement-threshold';
export {
  moderate,
  type CandidateScores,
  type Moderation,
  type ModerationOptions,
  type QuestionScores,
} from './scoring/moderate';
export { setAgreedMark } from './scoring/set-agreed-mark';
export { clearAgreedMark } from './scoring/clear-agreed-mark';
export { criteriaNamedIn } from './scoring/criteria-named-in';
export { decisionReasonProblem } from './scoring/decision-reason-problem';
export { setDecision } from './scoring/set-decision';
export { clearDecision } from './scoring/clear-decision';

// Outcome monitoring
export { setMonitoring } from './monitoring/set-monitoring';
export { totalMonitoring } from './monitoring/total-monitoring';
export { SMALL_NUMBERS, type WresResult, wresIndicator2 } from './monitoring/wres-indicator-2';

// Storage, backup, export
export { migrate, type MigrateResult } from './store/migrate';
export { MIGRATED_NA_REASON, MIGRATIONS, type Migration } from './store/migrations';
export { loadState, type LoadResult, MAX_BROKEN_COPIES } from './store/load-state';
export { formatIssues, formatPath, MAX_ERRORS, plainIssueMessage } from './store/format-issues';
export { BACKUP_FORMAT, type Backup, backupSchema } from './store/backup-schema';
export { exportBackup } from './store/export-backup';
export { importBackup, type ImportResult, MAX_BACKUP_BYTES, TOO_LARGE as BACKUP_TOO_LARGE } from './store/import-backup';
export { csvCell } from './store/csv-cell';
export { SCORES_CSV_HEADER, scoresCsv } from './store/scores-csv';
export { printRecord, type PrintRecord } from './store/print-record';
