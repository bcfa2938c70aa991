/** plural(1, 'question') → "1 question"; plural(2, 'criterion', 'criteria') → "2 criteria". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
