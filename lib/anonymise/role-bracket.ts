/** A capitalised word, then a blank or none, then the bracket's opening, straight before a span: "Amara Obi (". */
const AFTER_NAME = /\p{Lu}[\p{Ll}\p{M}'’-]+[ \t]?\($/u;

/**
 * Whether text[start, end) is all a bracket holds straight after a capitalised word, as the group or post a named
 * person leads is given ("Yaw Darko (Black Staff Network)"): someone else's role, not the writer's own membership.
 */
export function isRoleBracket(text: string, start: number, end: number): boolean {
  return text[end] === ')' && AFTER_NAME.test(text.slice(Math.max(0, start - 32), start));
}
