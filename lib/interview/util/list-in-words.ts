/** ["a"] → "a"; ["a", "b", "c"] → "a, b and c". */
export function listInWords(items: readonly (string | number)[]): string {
  const words = items.map(String);
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
