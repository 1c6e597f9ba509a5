import { MAX_RESCHEDULES, rescheduleBlock, rescheduleDeadline } from './reschedule-rules';

describe('when a booking may change its time', () => {
  const startsAt = new Date('2026-05-01T02:00:00Z'); // 10:00 in Shanghai
  const deadline = rescheduleDeadline({ startsAt }, { cutoffMinutes: 30 });
  const before = new Date(deadline.getTime() - 1);
  const family = { kind: 'individual', status: 'confirmed' } as const;

  it('until the offering’s cutoff, as for cancelling', () => {
    expect(deadline.toISOString()).toBe('2026-05-01T01:30:00.000Z');
    expect(rescheduleBlock(family, 0, deadline, before)).toBeNull();
    expect(rescheduleBlock(family, 0, deadline, deadline)).toBe('closed');
  });

  it(`at most ${MAX_RESCHEDULES} times`, () => {
    expect(rescheduleBlock(family, MAX_RESCHEDULES - 1, deadline, before)).toBeNull();
    expect(rescheduleBlock(family, MAX_RESCHEDULES, deadline, before)).toBe('limit');
  });

  it.each(['waitlisted', 'checked_in', 'cancelled', 'no_show', 'expired'] as const)(
    'not when %s: only a confirmed booking holds places to keep',
    (status) => expect(rescheduleBlock({ ...family, status }, 0, deadline, before)).toBe('not_confirmed'),
  );

  it('not a school group’s booking, which its group visit manages', () => {
    expect(rescheduleBlock({ ...family, kind: 'group' }, 0, deadline, before)).toBe('group');
  });
});
