import { z } from 'zod';
import { SCHEMA_VERSION, vacancySchema } from '../schema';

export const BACKUP_FORMAT = 'de-bias-interview';

/** The JSON backup file. `version` is the schema version of the vacancies inside. */
export const backupSchema = z
  .strictObject({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(SCHEMA_VERSION),
    exportedAt: z.iso.datetime({ offset: true }),
    vacancies: z.array(vacancySchema),
  })
  .superRefine((b, ctx) => {
    const seen = new Set<string>();
    b.vacancies.forEach((v, i) => {
      if (seen.has(v.id)) ctx.addIssue({ code: 'custom', path: ['vacancies', i, 'id'], message: `"${v.id}" is used twice` });
      seen.add(v.id);
    });
  });
export type Backup = z.infer<typeof backupSchema>;
