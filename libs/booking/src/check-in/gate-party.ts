import { maskName } from '@kepu/core';
import type { BookingKind, VisitorCategory } from '../bookings/booking.entity';
import type { PackCategoriesView } from './check-in.views';

/**
 * A party as the gate shows it, on the screen and in the day pack a device keeps: the names masked
 * (`张*`, `J*** D**`), enough to tell parties apart, and people by category. A school group's list
 * is left out: its headcount says enough.
 */
export function gateParty(
  kind: BookingKind,
  visitors: { name: string | null; category: VisitorCategory }[],
): { names: string[]; categories: PackCategoriesView } {
  const count = (category: VisitorCategory) => visitors.filter((v) => v.category === category).length;
  return {
    names: kind === 'individual' ? visitors.flatMap((v) => (v.name ? [maskName(v.name)] : [])) : [],
    categories: { adult: count('adult'), child: count('child'), senior: count('senior') },
  };
}
