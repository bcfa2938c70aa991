/**
 * Rule ids that have been renamed, old to new, so a rule a user or an organisation's settings file switched off stays
 * off after the rename. Add a line whenever a rule's id changes.
 */
export const RENAMED_RULES: Readonly<Record<string, string>> = {
  // Round 37: GCSEs with no equivalent are read as shutting out people educated abroad (race-nationality), not as age.
  'age-gcse': 'uk-school-qualification',
};

/** The current id of a rule id that may be an old one. */
export const currentRuleId = (id: string): string => RENAMED_RULES[id] ?? id;
