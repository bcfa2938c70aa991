import { z } from 'zod';
import { findingSchema } from '../engine/finding';

/**
 * The stored interview model, version 2 (the current one). Everything the extension keeps about
 * structured interviews is one `InterviewState`; every mutation returns a new one.
 * Older shapes live in `store/schema-v1.ts` and are brought up to date by `store/migrate.ts`.
 */
export const SCHEMA_VERSION = 2;

/** "must not be empty" also for text made only of spaces. */
const filled = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => s.trim().length > 0, 'must not be empty');
const text = (max: number) => z.string().max(max);
const id = z.string().min(1).max(100);
const timestamp = z.iso.datetime({ offset: true });
const date = z.iso.date().nullable();
const count = z.number().int().min(0).max(1_000_000);

// ---- Panel -------------------------------------------------------------------------------------

export const ROLES = ['chair', 'member', 'independent', 'hr'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;
export const ROLE_LABELS = {
  chair: 'Chair',
  member: 'Panel member',
  independent: 'Independent member (critical friend)',
  hr: 'HR',
} as const satisfies Record<Role, string>;

/** `scores: false` for panel members who observe but do not mark (by default the independent member). */
export const panelMemberSchema = z.strictObject({
  id,
  name: filled(100),
  role: roleSchema,
  scores: z.boolean(),
});
export type PanelMember = z.infer<typeof panelMemberSchema>;

// ---- Checklist ---------------------------------------------------------------------------------

export const STAGES = ['before', 'during', 'after'] as const;
export const stageSchema = z.enum(STAGES);
export type Stage = z.infer<typeof stageSchema>;
export const STAGE_LABELS = {
  before: 'Before the interview',
  during: 'During the interview',
  after: 'After the interview',
} as const satisfies Record<Stage, string>;

export const ITEM_STATUSES = ['open', 'done', 'na'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];
export const ITEM_STATUS_LABELS = {
  open: 'Open',
  done: 'Done',
  na: 'Not applicable',
} as const satisfies Record<ItemStatus, string>;

/** A checklist item's state in one vacancy. Items with no entry are open with no note. */
export const itemStateSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('open'), note: text(5000) }),
  z.strictObject({ status: z.literal('done'), note: text(5000) }),
  z.strictObject({ status: z.literal('na'), reason: filled(1000), note: text(5000) }),
]);
export type ItemState = z.infer<typeof itemStateSchema>;

// ---- Criteria and questions --------------------------------------------------------------------

export const CRITERION_KINDS = ['essential', 'desirable'] as const;
export const criterionKindSchema = z.enum(CRITERION_KINDS);
export type CriterionKind = z.infer<typeof criterionKindSchema>;

/** A person-specification criterion. `code` (E1, E2, D1…) is what people type in decision reasons; never reused. */
export const criterionSchema = z.strictObject({
  id,
  code: z.string().regex(/^[ED][1-9][0-9]{0,3}$/, 'must be E or D followed by a number, like E1'),
  text: filled(500),
  kind: criterionKindSchema,
  origin: z.enum(['nhs-jobs', 'typed']),
});
export type Criterion = z.infer<typeof criterionSchema>;

/** An anchored scale: `labels[i]` names level `min + i`. At most 11 levels, from 0 up to 10. */
export const scaleSchema = z
  .strictObject({
    min: z.number().int().min(0).max(9),
    max: z.number().int().min(1).max(10),
    labels: z.array(filled(60)),
  })
  .superRefine((s, ctx) => {
    if (s.max <= s.min) ctx.addIssue({ code: 'custom', path: ['max'], message: 'must be more than min' });
    else if (s.labels.length !== s.max - s.min + 1)
      ctx.addIssue({
        code: 'custom',
        path: ['labels'],
        message: `must have one label per level (${s.max - s.min + 1})`,
      });
  });
export type Scale = z.infer<typeof scaleSchema>;

/** The wording check's result; reset to null whenever the question's text changes. */
export const questionCheckSchema = z.strictObject({ at: timestamp, findings: z.array(findingSchema) });
export type QuestionCheck = z.infer<typeof questionCheckSchema>;

/** `descriptors[i]` says what an answer at level `scale.min + i` looks like; '' means not written yet. */
export const questionSchema = z
  .strictObject({
    id,
    text: filled(1000),
    criterionIds: z.array(id),
    scale: scaleSchema,
    descriptors: z.array(text(2000)),
    check: questionCheckSchema.nullable(),
  })
  .superRefine((q, ctx) => {
    if (q.descriptors.length !== q.scale.labels.length)
      ctx.addIssue({
        code: 'custom',
        path: ['descriptors'],
        message: `must have one entry per level (${q.scale.labels.length})`,
      });
  });
export type Question = z.infer<typeof questionSchema>;

// ---- Candidates, scoring, decisions ------------------------------------------------------------

/** Candidates are known only by a code ("Candidate 07" from the anonymiser, or free text). */
export const candidateSchema = z.strictObject({ id, code: filled(100) });
export type Candidate = z.infer<typeof candidateSchema>;

export const markEntrySchema = z.strictObject({
  mark: z.number().int().min(0).max(10).nullable(),
  evidence: text(10000),
});
export type MarkEntry = z.infer<typeof markEntrySchema>;

/** One panel member's marks for one candidate, keyed by question id. Locked once `submittedAt` is set. */
export const sheetSchema = z.strictObject({
  memberId: id,
  candidateId: id,
  marks: z.record(z.string(), markEntrySchema),
  submittedAt: timestamp.nullable(),
});
export type Sheet = z.infer<typeof sheetSchema>;

/** The moderated mark for one question. `reason` is required when it differs from the mean. */
export const agreedMarkSchema = z.strictObject({
  candidateId: id,
  questionId: id,
  mark: z.number().int().min(0).max(10),
  reason: text(2000),
});
export type AgreedMark = z.infer<typeof agreedMarkSchema>;

export const OUTCOMES = ['appoint', 'reserve', 'not-appointed'] as const;
export const outcomeSchema = z.enum(OUTCOMES);
export type Outcome = z.infer<typeof outcomeSchema>;
export const OUTCOME_LABELS = {
  appoint: 'Appoint',
  reserve: 'Reserve',
  'not-appointed': 'Not appointed',
} as const satisfies Record<Outcome, string>;

/** `criterionIds` are the criteria the reason names (worked out by `criteriaNamedIn`). */
export const decisionSchema = z.strictObject({
  candidateId: id,
  outcome: outcomeSchema,
  reason: filled(2000),
  criterionIds: z.array(id).min(1, 'must name at least one criterion'),
  decidedAt: timestamp,
});
export type Decision = z.infer<typeof decisionSchema>;

// ---- Outcome monitoring ------------------------------------------------------------------------

/** WRES groups. `not-stated` is kept but left out of indicator 2, as in the WRES technical guidance. */
export const ETHNIC_GROUPS = ['white', 'asian', 'black', 'mixed', 'other', 'not-stated'] as const;
export const ethnicGroupSchema = z.enum(ETHNIC_GROUPS);
export type EthnicGroup = z.infer<typeof ethnicGroupSchema>;
export const MINORITY_GROUPS = ['asian', 'black', 'mixed', 'other'] as const satisfies readonly EthnicGroup[];
export const ETHNIC_GROUP_LABELS = {
  white: 'White',
  asian: 'Asian or Asian British',
  black: 'Black or Black British',
  mixed: 'Mixed',
  other: 'Other',
  'not-stated': 'Not stated',
} as const satisfies Record<EthnicGroup, string>;

export const outcomeCountSchema = z
  .strictObject({ shortlisted: count, appointed: count })
  .refine((c) => c.shortlisted < 0 || c.appointed <= c.shortlisted, {
    path: ['appointed'],
    message: 'must not be more than shortlisted',
  });
export type OutcomeCount = z.infer<typeof outcomeCountSchema>;

export const monitoringSchema = z.strictObject({
  white: outcomeCountSchema,
  asian: outcomeCountSchema,
  black: outcomeCountSchema,
  mixed: outcomeCountSchema,
  other: outcomeCountSchema,
  'not-stated': outcomeCountSchema,
});
export type Monitoring = z.infer<typeof monitoringSchema>;

// ---- Vacancy -----------------------------------------------------------------------------------

export const datesSchema = z.strictObject({ closing: date, shortlisting: date, interview: date });
export type VacancyDates = z.infer<typeof datesSchema>;

const vacancyShape = z.strictObject({
  id,
  title: filled(200),
  reference: text(100),
  dates: datesSchema,
  createdAt: timestamp,
  panel: z.array(panelMemberSchema),
  /** Keyed by checklist item id. Unknown ids (items retired later) are kept and ignored. */
  checklist: z.record(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a checklist item id'), itemStateSchema),
  criteria: z.array(criterionSchema),
  /** In the order they are asked. */
  questions: z.array(questionSchema),
  candidates: z.array(candidateSchema),
  sheets: z.array(sheetSchema),
  agreed: z.array(agreedMarkSchema),
  decisions: z.array(decisionSchema),
  monitoring: monitoringSchema,
});

type Path = (string | number)[];
interface Ctx {
  addIssue(issue: { code: 'custom'; path: Path; message: string }): void;
}

function unique<T>(list: readonly T[], key: (t: T) => string, path: (i: number) => Path, ctx: Ctx, what: string) {
  const seen = new Set<string>();
  list.forEach((item, i) => {
    const k = key(item);
    // A path that ends in the field needs no word for it: 'id: "c1" is used twice'.
    const named = typeof path(i).at(-1) === 'string';
    if (seen.has(k)) ctx.addIssue({ code: 'custom', path: path(i), message: `${named ? '' : `${what} `}"${k}" is used twice` });
    seen.add(k);
  });
}

function markRange(scale: Scale | undefined, mark: number, path: Path, ctx: Ctx) {
  if (scale && (mark < scale.min || mark > scale.max))
    ctx.addIssue({ code: 'custom', path, message: `must be a whole number from ${scale.min} to ${scale.max}` });
}

/** Checks that every id a vacancy refers to exists, so a loaded vacancy is always consistent. */
function crossCheck(v: z.infer<typeof vacancyShape>, ctx: Ctx) {
  unique(v.panel, (m) => m.id, (i) => ['panel', i, 'id'], ctx, 'id');
  unique(v.criteria, (c) => c.id, (i) => ['criteria', i, 'id'], ctx, 'id');
  unique(v.criteria, (c) => c.code, (i) => ['criteria', i, 'code'], ctx, 'code');
  unique(v.questions, (q) => q.id, (i) => ['questions', i, 'id'], ctx, 'id');
  unique(v.candidates, (c) => c.id, (i) => ['candidates', i, 'id'], ctx, 'id');
  unique(v.sheets, (s) => `${s.memberId}/${s.candidateId}`, (i) => ['sheets', i], ctx, 'panel member/candidate pair');
  unique(v.agreed, (a) => `${a.candidateId}/${a.questionId}`, (i) => ['agreed', i], ctx, 'candidate/question pair');
  unique(v.decisions, (d) => d.candidateId, (i) => ['decisions', i, 'candidateId'], ctx, 'candidate');

  const members = new Set(v.panel.map((m) => m.id));
  const criteria = new Set(v.criteria.map((c) => c.id));
  const candidates = new Set(v.candidates.map((c) => c.id));
  const scales = new Map(v.questions.map((q) => [q.id, q.scale]));
  const missing = (path: Path, what: string, ref: string) =>
    ctx.addIssue({ code: 'custom', path, message: `refers to ${what} that does not exist ("${ref}")` });

  v.questions.forEach((q, i) => {
    q.criterionIds.forEach((c, j) => {
      if (!criteria.has(c)) missing(['questions', i, 'criterionIds', j], 'a criterion', c);
    });
  });
  v.sheets.forEach((s, i) => {
    if (!members.has(s.memberId)) missing(['sheets', i, 'memberId'], 'a panel member', s.memberId);
    if (!candidates.has(s.candidateId)) missing(['sheets', i, 'candidateId'], 'a candidate', s.candidateId);
    for (const [q, entry] of Object.entries(s.marks)) {
      if (!scales.has(q)) missing(['sheets', i, 'marks', q], 'a question', q);
      else if (entry.mark !== null) markRange(scales.get(q), entry.mark, ['sheets', i, 'marks', q, 'mark'], ctx);
    }
  });
  v.agreed.forEach((a, i) => {
    if (!candidates.has(a.candidateId)) missing(['agreed', i, 'candidateId'], 'a candidate', a.candidateId);
    if (!scales.has(a.questionId)) missing(['agreed', i, 'questionId'], 'a question', a.questionId);
    else markRange(scales.get(a.questionId), a.mark, ['agreed', i, 'mark'], ctx);
  });
  v.decisions.forEach((d, i) => {
    if (!candidates.has(d.candidateId)) missing(['decisions', i, 'candidateId'], 'a candidate', d.candidateId);
    d.criterionIds.forEach((c, j) => {
      if (!criteria.has(c)) missing(['decisions', i, 'criterionIds', j], 'a criterion', c);
    });
  });
}

export const vacancySchema = vacancyShape.superRefine(crossCheck);
export type Vacancy = z.infer<typeof vacancySchema>;

// ---- Root --------------------------------------------------------------------------------------

/** Raw data that failed to load, kept as JSON text so the user can export it ("keep a copy of what was broken"). */
export const brokenCopySchema = z.strictObject({
  at: timestamp,
  problem: text(5000),
  raw: z.string(),
});
export type BrokenCopy = z.infer<typeof brokenCopySchema>;

export const stateSchema = z
  .strictObject({
    schemaVersion: z.literal(SCHEMA_VERSION),
    vacancies: z.array(vacancySchema),
    brokenCopies: z.array(brokenCopySchema).max(5),
  })
  .superRefine((s, ctx) =>
    unique(s.vacancies, (v) => v.id, (i) => ['vacancies', i, 'id'], ctx, 'id'),
  );
export type InterviewState = z.infer<typeof stateSchema>;

/** Ids and clocks are injected so every mutation is a pure function and tests are exact. */
export interface InterviewDeps {
  /** A new unique id (the UI passes `() => crypto.randomUUID()`). */
  newId(): string;
  /** The current time as an ISO 8601 string (`() => new Date().toISOString()`). */
  now(): string;
}
