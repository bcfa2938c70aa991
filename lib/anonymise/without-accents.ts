/**
 * Letters with no accent to strip that forms still write plain: "Łukasz" as "Lukasz", Turkish "Barış" as "Baris", Icelandic
 * "Sigríður" as "Sigridur", "Þóra" as "Thora", "Ævar" as "Aevar".
 */
const FOLDED: Record<string, string> = { đ: 'd', Đ: 'D', ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', ı: 'i', ð: 'd', Ð: 'D', þ: 'th', Þ: 'Th', æ: 'ae', Æ: 'Ae' };
/** Printable ASCII, whose letters have no accents to fold. */
const ASCII = /^[ -~]*$/;

/** A name without its accents, as a form, a payslip or an address writes it: "Nguyễn Thị Hà" → "Nguyen Thi Ha", "Łukasz" → "Lukasz". */
export function withoutAccents(word: string): string {
  // Looked up for every word of the text, and most are plain ASCII.
  if (ASCII.test(word)) return word;
  return word.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐłŁøØıðÐþÞæÆ]/g, (c) => FOLDED[c] ?? c);
}
