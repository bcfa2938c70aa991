import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import * as api from '../../../lib/interview';

const root = fileURLToPath(new URL('../../../lib/interview', import.meta.url));
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );

describe('lib/interview', () => {
  test('public exports (values)', () => {
    expect(Object.keys(api).sort()).toEqual([
      'BACKUP_FORMAT',
      'BACKUP_TOO_LARGE',
      'CHECKLIST',
      'CRITERION_KINDS',
      'DEFAULT_DISAGREEMENT_FRACTION',
      'DEFAULT_SCALE',
      'ETHNIC_GROUPS',
      'ETHNIC_GROUP_LABELS',
      'ITEM_STATUSES',
      'ITEM_STATUS_LABELS',
      'InterviewError',
      'MAX_BACKUP_BYTES',
      'MAX_BROKEN_COPIES',
      'MAX_ERRORS',
      'MIGRATED_NA_REASON',
      'MIGRATIONS',
      'MINORITY_GROUPS',
      'OUTCOMES',
      'OUTCOME_LABELS',
      'ROLES',
      'ROLE_LABELS',
      'SCHEMA_VERSION',
      'SCORES_CSV_HEADER',
      'SMALL_NUMBERS',
      'STAGES',
      'STAGE_LABELS',
      'STANDARD_DESCRIPTORS',
      'addCandidate',
      'addCriteria',
      'addPanelMember',
      'addQuestion',
      'addVacancy',
      'agreedMarkSchema',
      'backupSchema',
      'brokenCopySchema',
      'candidateCode',
      'candidateSchema',
      'checkQuestions',
      'checklistFileSchema',
      'checklistItemSchema',
      'checklistProgress',
      'clearAgreedMark',
      'clearDecision',
      'criteriaNamedIn',
      'criterionKindSchema',
      'criterionSchema',
      'criticalWarnings',
      'csvCell',
      'datesSchema',
      'decisionReasonProblem',
      'decisionSchema',
      'describeMarks',
      'disagreementThreshold',
      'discardBrokenCopy',
      'emptyMonitoring',
      'emptyState',
      'ethnicGroupSchema',
      'exportBackup',
      'findQuestion',
      'findVacancy',
      'formatIssues',
      'formatPath',
      'importBackup',
      'importVacancies',
      'itemState',
      'itemStateSchema',
      'loadState',
      'markEntrySchema',
      'migrate',
      'moderate',
      'monitoringSchema',
      'moveQuestion',
      'nextCriterionCode',
      'nextOpenItems',
      'outcomeCountSchema',
      'outcomeSchema',
      'panelMemberSchema',
      'parseCriteria',
      'plainIssueMessage',
      'printRecord',
      'questionCheckSchema',
      'questionSchema',
      'questionSetGaps',
      'recordMark',
      'removeCandidate',
      'removeCriterion',
      'removePanelMember',
      'removeQuestion',
      'removeVacancy',
      'renameCandidate',
      'reopenSheet',
      'roleSchema',
      'scaleSchema',
      'scoresCsv',
      'scoringStarted',
      'scoringStatus',
      'setAgreedMark',
      'setDecision',
      'setDescriptor',
      'setItemNote',
      'setItemStatus',
      'setMonitoring',
      'setQuestionScale',
      'sheetSchema',
      'stageSchema',
      'stateSchema',
      'submitSheet',
      'totalMonitoring',
      'updateCriterion',
      'updatePanelMember',
      'updateQuestion',
      'updateVacancy',
      'vacancySchema',
      'visibleSheets',
      'wresIndicator2',
    ]);
  });

  const modules = files(root)
    .map((f) => relative(root, f))
    .filter((f) => !['index.ts', 'schema.ts'].includes(f) && !f.startsWith('store/schema-v') && !f.endsWith('-schema.ts'));

  test.each(modules)('%s exports what it is named after', (file) => {
    const base = file.replace(/^.*\//, '').replace(/\.ts$/, '');
    const camel = base.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
    const names = [camel, camel[0]?.toUpperCase() + camel.slice(1), base.toUpperCase().replace(/-/g, '_')];
    const source = readFileSync(join(root, file), 'utf8');
    const exported = [...source.matchAll(/export (?:const|function|class|interface|type) (\w+)/g)].map((m) => m[1]);
    expect(exported.some((e) => names.includes(e ?? '')), `${file} should export one of ${names.join(', ')}; it exports ${exported.join(', ')}`).toBe(true);
  });

  test.each(files(root).map((f) => relative(root, f)))('%s uses no browser APIs and no hidden clock or randomness', (file) => {
    const source = readFileSync(join(root, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    const found = source.match(/\b(window|document|browser|chrome|localStorage|sessionStorage|indexedDB|fetch|Math\.random|Date\.now|crypto|new Date\(\))/g) ?? [];
    // The one allowed clock: loadState's default when the caller passes no `now`.
    expect(file === 'store/load-state.ts' ? found.filter((f) => f !== 'new Date()') : found).toEqual([]);
  });
});
