import type { z } from 'zod';
import { type ItemState, SCHEMA_VERSION } from '../schema';
import { emptyMonitoring } from '../state/add-vacancy';
import { type StateV1, stateV1Schema } from './schema-v1';

/** One step: data valid against `input` (version `from`) becomes version `from + 1`. */
export interface Migration {
  input: z.ZodType;
  up(data: never): unknown;
}

/** The reason given to items that were "not applicable" before reasons were required. */
export const MIGRATED_NA_REASON = 'No reason recorded (marked not applicable before reasons were required).';

function v1ToV2(state: StateV1): unknown {
  return {
    schemaVersion: 2,
    brokenCopies: [],
    vacancies: state.vacancies.map(({ interviewDate, panel, checklist, notes, ...rest }) => {
      const ids = [...new Set([...Object.keys(checklist), ...Object.keys(notes)])];
      const items = Object.fromEntries(
        ids.map((id): [string, ItemState] => {
          const status = checklist[id] ?? 'open';
          const note = notes[id] ?? '';
          return [id, status === 'na' ? { status, reason: MIGRATED_NA_REASON, note } : { status, note }];
        }),
      );
      return {
        ...rest,
        dates: { closing: null, shortlisting: null, interview: interviewDate },
        panel: panel.map(({ role, ...member }) => ({
          ...member,
          role: role === 'critical-friend' ? 'independent' : role,
          scores: role !== 'critical-friend',
        })),
        checklist: items,
        monitoring: emptyMonitoring(),
      };
    }),
  };
}

/** Keyed by the version a step starts from; the last step ends at `SCHEMA_VERSION`. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = Object.freeze({
  1: { input: stateV1Schema, up: v1ToV2 as (data: never) => unknown },
});

if (Math.max(...Object.keys(MIGRATIONS).map(Number)) + 1 !== SCHEMA_VERSION)
  throw new Error('store/migrations.ts: the last migration must end at SCHEMA_VERSION');
