import type { Section } from '../engine/sections';

export interface AdvertCriteria {
  title: string;
  criteria: { text: string; kind: 'essential' | 'desirable' }[];
}

/** An advert's person-specification criteria in page order, or null when it has none. */
export function personSpecCriteria(text: string, sections: readonly Section[]): AdvertCriteria | null {
  const criteria = sections.flatMap((s) =>
    s.role === 'essential' || s.role === 'desirable' ? [{ text: text.slice(s.start, s.end), kind: s.role }] : [],
  );
  if (criteria.length === 0) return null;
  const title = sections.find((s) => s.role === 'title');
  return { title: title ? text.slice(title.start, title.end) : '', criteria };
}
