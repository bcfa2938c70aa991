/**
 * The text to insert so that a statement stands as its own paragraph where it goes: a blank line
 * before it unless the text before already ends one, and one after it unless the text after
 * already starts one. Nothing is added at the very start or end of a field.
 */
export function statementInsertion(before: string, statement: string, after = ''): string {
  const body = statement.trim();
  const lead = before.trim() === '' ? '' : before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  const tail = after.trim() === '' ? '' : after.startsWith('\n\n') ? '' : after.startsWith('\n') ? '\n' : '\n\n';
  return lead + body + tail;
}
