// Decimal rounding for published figures. `Math.round(x * 100) / 100` turns 1.005 into 1 because
// 1.005 is stored as 1.00499…; shifting the decimal point in the number's own decimal text does not.

/** `x` rounded half away from zero to `decimals` places, as printed (1.005 → 1.01, -2.675 → -2.68). */
export function roundTo(x: number, decimals: number): number {
  if (!Number.isFinite(x)) return x;
  const shift = (value: number, by: number): number => {
    const [mantissa, exponent = "0"] = String(value).split("e");
    return Number(`${mantissa}e${Number(exponent) + by}`);
  };
  const rounded = Math.round(shift(Math.abs(x), decimals));
  const result = shift(rounded, -decimals);
  return x < 0 && result !== 0 ? -result : result;
}
