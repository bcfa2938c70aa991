import { z } from 'zod';
import { sourceSchema } from '../../engine/finding';
import data from '../checklist-items.json';
import { stageSchema } from '../schema';

export const checklistItemSchema = z
  .strictObject({
    /** Stable, kebab-case, never reused: stored states refer to it. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    stage: stageSchema,
    /** Sub-heading within the stage ("Shortlisting"). */
    group: z.string().min(1),
    /** What to do, as a short instruction. */
    text: z.string().min(10),
    /** One line on why it matters. */
    why: z.string().min(10),
    sources: z.array(sourceSchema).min(1),
    critical: z.boolean(),
    /** For critical items: the warning shown while the item is open. */
    warning: z.string().min(10).optional(),
    /** False for legal duties, which cannot be "not applicable". */
    notApplicableAllowed: z.boolean().default(true),
  })
  .refine((i) => i.critical === (i.warning !== undefined), {
    message: 'a critical item needs a warning, and only critical items have one',
  });
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

export const checklistFileSchema = z
  .strictObject({ description: z.string(), items: z.array(checklistItemSchema).min(1) })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.items.forEach((item, i) => {
      if (seen.has(item.id))
        ctx.addIssue({ code: 'custom', path: ['items', i, 'id'], message: `"${item.id}" is used twice: keep one` });
      seen.add(item.id);
    });
    const order = file.items.map((i) => stageSchema.options.indexOf(i.stage));
    if (order.some((o, i) => i > 0 && o < (order[i - 1] ?? 0)))
      ctx.addIssue({ code: 'custom', path: ['items'], message: 'list the items in stage order: before, during, after' });
  });

/** The checklist from `checklist-items.json`, validated once at load time, in display order. */
export const CHECKLIST: readonly ChecklistItem[] = Object.freeze(checklistFileSchema.parse(data).items);
