import type { Figure } from '../core/types';

/** "Rp 3.000.000.000.000", "21%", "1.200 unit", and ranges as "20–25%": the figure's normalised value. */
export function formatFigureValue(figure: Figure, locale: string): string {
  const one = (value: number): string => {
    if (figure.kind === 'money') {
      try {
        return new Intl.NumberFormat(locale, {
          style: 'currency',
          currency: figure.unit,
          minimumFractionDigits: 0,
          maximumFractionDigits: 2,
        }).format(value);
      } catch {
        // A code Intl does not know: show it after the number.
        return `${new Intl.NumberFormat(locale).format(value)} ${figure.unit}`;
      }
    }
    const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
    return figure.kind === 'percent' ? `${number}%` : `${number} ${figure.unit}`;
  };
  return figure.valueTo === undefined ? one(figure.value) : `${one(figure.value)} – ${one(figure.valueTo)}`;
}
