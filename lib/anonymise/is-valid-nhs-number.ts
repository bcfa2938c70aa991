/**
 * The NHS number modulus-11 check: weights 10…2 on the first nine digits, check digit
 * 11 − (sum mod 11), where 11 means 0 and 10 means the number is invalid. Equivalent to
 * Σ dᵢ·wᵢ (weights 10…1 over all ten digits) ≡ 0 (mod 11). Spaces, hyphens and dots are ignored.
 */
export function isValidNhsNumber(value: string): boolean {
  const digits = value.replace(/[\s.-]/g, '');
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}
