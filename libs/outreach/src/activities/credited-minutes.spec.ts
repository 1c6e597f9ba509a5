import { credit } from './credited-minutes';

const start = new Date('2026-11-23T01:00:00Z');
const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
/** A 90-minute activity: 60 % is 54 minutes. */
const scheduled = { startsAt: start, endsAt: at(90) };

describe('credited minutes (the 60 % rule)', () => {
  it('credits the whole time attended once it reaches 60 % of the scheduled duration', () => {
    expect(credit(scheduled, at(0), at(54))).toEqual({
      attendedMinutes: 54,
      requiredMinutes: 54,
      creditedMinutes: 54,
    });
    expect(credit(scheduled, at(10), at(90)).creditedMinutes).toBe(80);
  });

  it('credits nothing a second short of 60 %, and says how much was needed', () => {
    expect(credit(scheduled, at(0), new Date(at(54).getTime() - 1000))).toEqual({
      attendedMinutes: 53,
      requiredMinutes: 54,
      creditedMinutes: 0,
    });
  });

  it('counts time before the start and after the end (setting up, clearing away)', () => {
    expect(credit(scheduled, at(-60), at(210)).creditedMinutes).toBe(270);
  });

  it('rounds the requirement up to a whole minute', () => {
    const short = { startsAt: start, endsAt: at(25) }; // 60 % is 15 minutes exactly
    expect(credit(short, at(0), at(15)).creditedMinutes).toBe(15);
    const odd = { startsAt: start, endsAt: at(31) }; // 60 % is 18.6 minutes
    expect(credit(odd, at(0), at(18)).creditedMinutes).toBe(0);
    expect(credit(odd, at(0), at(19))).toMatchObject({ requiredMinutes: 19, creditedMinutes: 19 });
  });

  it('credits at most a day', () => {
    const day = { startsAt: start, endsAt: at(1440) };
    expect(credit(day, at(-60), at(1560)).creditedMinutes).toBe(1440);
  });
});
