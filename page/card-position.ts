/** A rectangle in viewport coordinates (CSS pixels). */
export interface Rect {
  /** Distance from the viewport's top edge. */
  top: number;
  /** Distance from the viewport's left edge. */
  left: number;
  /** Bottom edge, from the viewport's top. */
  bottom: number;
  /** Right edge, from the viewport's left. */
  right: number;
}

/** Where to put the card, in viewport coordinates. */
export interface CardPlacement {
  /** Top edge of the card. */
  top: number;
  /** Left edge of the card. */
  left: number;
  /** The card's maximum height, so it fits in the space beside the highlight (it scrolls inside). */
  maxHeight: number;
  /** Whether the card sits below or above the highlight. */
  side: 'below' | 'above';
}

/**
 * Places a card of `size` next to `anchor` without covering it: below when it fits, else above, else on the roomier
 * side with a capped height; horizontally aligned with the anchor and kept `margin` inside the viewport.
 */
export function placeCard(
  anchor: Rect,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  gap = 6,
  margin = 8,
): CardPlacement {
  const roomBelow = viewport.height - margin - (anchor.bottom + gap);
  const roomAbove = anchor.top - gap - margin;
  const below = size.height <= roomBelow || (size.height > roomAbove && roomBelow >= roomAbove);
  const maxHeight = Math.max(0, below ? roomBelow : roomAbove);
  const height = Math.min(size.height, maxHeight);
  const top = below ? anchor.bottom + gap : anchor.top - gap - height;
  const left = Math.max(margin, Math.min(anchor.left, viewport.width - margin - size.width));
  return { top, left, maxHeight, side: below ? 'below' : 'above' };
}
