import { CHECKLIST, type ChecklistItem } from '../checklist/checklist';
import { checklistProgress } from '../checklist/checklist-progress';
import { criticalWarnings } from '../checklist/critical-warnings';
import { itemState } from '../checklist/item-state';
import { type WresResult, wresIndicator2 } from '../monitoring/wres-indicator-2';
import { questionSetGaps } from '../questions/question-set-gaps';
import {
  type CriterionKind,
  ITEM_STATUS_LABELS,
  type ItemStatus,
  OUTCOME_LABELS,
  type Outcome,
  ROLE_LABELS,
  type Role,
  STAGE_LABELS,
  STAGES,
  type Stage,
  type Vacancy,
  type VacancyDates,
} from '../schema';
import { type ModerationOptions, moderate } from '../scoring/moderate';

export interface PrintRecord {
  generatedAt: string;
  vacancy: { title: string; reference: string; dates: VacancyDates };
  panel: { name: string; role: Role; roleLabel: string; scores: boolean }[];
  checklist: {
    stage: Stage;
    label: string;
    done: number;
    na: number;
    open: number;
    total: number;
    items: {
      id: string;
      group: string;
      text: string;
      critical: boolean;
      status: ItemStatus;
      statusLabel: string;
      /** Why it is not applicable; null otherwise. */
      reason: string | null;
      note: string;
    }[];
  }[];
  /** Open critical items. */
  warnings: string[];
  criteria: { code: string; kind: CriterionKind; text: string }[];
  questions: {
    number: number;
    text: string;
    criteria: string[];
    levels: { level: number; label: string; descriptor: string }[];
    /** Wording-check messages; null if never checked. */
    findings: { text: string; message: string }[] | null;
  }[];
  /** What the question set still lacks (see `questionSetGaps`). */
  questionGaps: string[];
  candidates: {
    code: string;
    /** False until every scorer has submitted; then no marks are shown. */
    ready: boolean;
    waitingFor: string[];
    questions: {
      number: number;
      marks: { member: string; mark: number; evidence: string }[];
      min: number | null;
      max: number | null;
      spread: number | null;
      mean: number | null;
      median: number | null;
      disagreement: boolean;
      agreedMark: number | null;
      agreedReason: string;
    }[];
    memberTotals: { member: string; total: number }[];
    meanTotal: number | null;
    finalTotal: number | null;
    rank: number | null;
    decision: { outcome: Outcome; outcomeLabel: string; reason: string; criteria: string[]; decidedAt: string } | null;
  }[];
  ranking: { rank: number; code: string; finalTotal: number }[];
  wres: WresResult;
}

/**
 * Everything about one vacancy's interviews as one plain object for the UI to render and print:
 * vacancy, panel, checklist with statuses and notes, questions with descriptors, scores with
 * moderation, decisions and reasons, and WRES indicator 2. Names replace ids; no HTML.
 */
export function printRecord(
  vacancy: Vacancy,
  options: ModerationOptions & { generatedAt: string; items?: readonly ChecklistItem[] },
): PrintRecord {
  const items = options.items ?? CHECKLIST;
  const name = (memberId: string) => vacancy.panel.find((m) => m.id === memberId)?.name ?? 'Former panel member';
  const codes = new Map(vacancy.criteria.map((c) => [c.id, c.code]));
  const criteriaCodes = (ids: readonly string[]) => ids.flatMap((id) => codes.get(id) ?? []);
  const progress = checklistProgress(vacancy, items);
  const moderation = moderate(vacancy, options);

  return {
    generatedAt: options.generatedAt,
    vacancy: { title: vacancy.title, reference: vacancy.reference, dates: { ...vacancy.dates } },
    panel: vacancy.panel.map((m) => ({ name: m.name, role: m.role, roleLabel: ROLE_LABELS[m.role], scores: m.scores })),
    checklist: STAGES.map((stage) => {
      const p = progress.find((s) => s.stage === stage);
      return {
        stage,
        label: STAGE_LABELS[stage],
        done: p?.done ?? 0,
        na: p?.na ?? 0,
        open: p?.open ?? 0,
        total: p?.total ?? 0,
        items: items
          .filter((i) => i.stage === stage)
          .map((i) => {
            const s = itemState(vacancy, i.id);
            return {
              id: i.id,
              group: i.group,
              text: i.text,
              critical: i.critical,
              status: s.status,
              statusLabel: ITEM_STATUS_LABELS[s.status],
              reason: s.status === 'na' ? s.reason : null,
              note: s.note,
            };
          }),
      };
    }),
    warnings: criticalWarnings(vacancy, items).map((w) => w.message),
    criteria: vacancy.criteria.map((c) => ({ code: c.code, kind: c.kind, text: c.text })),
    questions: vacancy.questions.map((q, i) => ({
      number: i + 1,
      text: q.text,
      criteria: criteriaCodes(q.criterionIds),
      levels: q.scale.labels.map((label, j) => ({ level: q.scale.min + j, label, descriptor: q.descriptors[j] ?? '' })),
      findings: q.check ? q.check.findings.map((f) => ({ text: f.text, message: f.message })) : null,
    })),
    questionGaps: questionSetGaps(vacancy).messages,
    candidates: moderation.candidates.map((c) => ({
      code: c.code,
      ready: c.ready,
      waitingFor: c.waitingFor.map(name),
      questions: c.questions.map((q) => ({
        number: q.number,
        marks: q.marks.map((m) => ({
          member: name(m.memberId),
          mark: m.mark,
          evidence:
            vacancy.sheets.find((s) => s.memberId === m.memberId && s.candidateId === c.candidateId)?.marks[q.questionId]
              ?.evidence ?? '',
        })),
        min: q.stats?.min ?? null,
        max: q.stats?.max ?? null,
        spread: q.stats?.spread ?? null,
        mean: q.stats?.mean ?? null,
        median: q.stats?.median ?? null,
        disagreement: q.disagreement,
        agreedMark: q.agreed?.mark ?? null,
        agreedReason: q.agreed?.reason ?? '',
      })),
      memberTotals: c.memberTotals.map((t) => ({ member: name(t.memberId), total: t.total })),
      meanTotal: c.meanTotal,
      finalTotal: c.finalTotal,
      rank: c.rank,
      decision: c.decision
        ? {
            outcome: c.decision.outcome,
            outcomeLabel: OUTCOME_LABELS[c.decision.outcome],
            reason: c.decision.reason,
            criteria: criteriaCodes(c.decision.criterionIds),
            decidedAt: c.decision.decidedAt,
          }
        : null,
    })),
    ranking: moderation.ranking.map(({ rank, code, finalTotal }) => ({ rank, code, finalTotal })),
    wres: wresIndicator2(vacancy.monitoring),
  };
}
