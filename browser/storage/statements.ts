import { storage } from 'wxt/utils/storage';
import { type Personalisation, type PersonalisationInput, personalisationSchema } from '@/lib/statements/personalisation';
import { readChecked, watchChecked } from './checked-item';

/**
 * The practice's details that every model statement reuses (organisation, contact, flexible
 * patterns offered), set once in the options. Checked with the schema on every read: anything may
 * be stored there, and what cannot be read counts as not set.
 */
export const personalisationItem = storage.defineItem<PersonalisationInput>('local:statements:personalisation');

export const NO_PERSONALISATION: Personalisation = personalisationSchema.parse({});

export function readPersonalisation(raw: unknown): Personalisation {
  const parsed = personalisationSchema.safeParse(raw ?? {});
  return parsed.success ? parsed.data : NO_PERSONALISATION;
}

export const loadPersonalisation = (): Promise<Personalisation> => readChecked(personalisationItem, readPersonalisation);

/** Follows changes made in the options page. Returns the way to stop. */
export const watchPersonalisation = (listener: (p: Personalisation) => void): (() => void) =>
  watchChecked(personalisationItem, readPersonalisation, listener);
