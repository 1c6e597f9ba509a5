import { Notification } from '@kepu/notify';
import { isoWeekday, shanghaiClock, timeOf } from '@kepu/schedule';
import type { LoadedBooking } from './booking-views.service';

export interface MessageFacts {
  accountId: string | null;
  venueName: string;
  offeringTitle: string;
  startsAt: Date;
  partySize: number;
  code: string;
  /** The contact phone, only when it was proven: no other number is ever texted. */
  sealedPhone?: Buffer | null;
}

/** What MessageFacts needs, selected from `bookings b` joined by FACT_JOINS. */
export const FACT_COLUMNS = `b.account_id AS "accountId", b.party_size AS "partySize", b.code,
  CASE WHEN b.contact_phone_verified THEN b.contact_phone END AS "sealedPhone", s.starts_at AS "startsAt",
  r.name AS "venueName", o.title AS "offeringTitle"`;
export const FACT_JOINS = `JOIN slots s ON s.id = b.slot_id JOIN offerings o ON o.id = b.offering_id
  JOIN resources r ON r.id = b.resource_id`;

export const factsOf = ({ booking, slot, offering, resource }: LoadedBooking): MessageFacts => ({
  accountId: booking.accountId,
  venueName: resource.name,
  offeringTitle: offering.title,
  startsAt: slot.startsAt,
  partySize: booking.partySize,
  code: booking.code,
  sealedPhone: booking.contactPhoneVerified ? booking.contactPhone : null,
});

const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];

/** 11月25日（周三）09:30, in Shanghai time. */
export function visitTime(at: Date): string {
  const { date, minutes } = shanghaiClock(at);
  const [, month, day] = date.split('-').map(Number);
  return `${month}月${day}日（周${WEEKDAYS[isoWeekday(date) - 1]}）${timeOf(minutes)}`;
}

/** 2026-11-25 09:30, in Shanghai time: for English lines. */
const isoVisitTime = (at: Date): string => {
  const { date, minutes } = shanghaiClock(at);
  return `${date} ${timeOf(minutes)}`;
};

const visit = (f: MessageFacts) =>
  `${f.venueName} · ${f.offeringTitle}\n时间 Time：${visitTime(f.startsAt)}\n人数 Party：${f.partySize}\n预约码 Code：${f.code}`;

/** The SMS template variables every booking message has. */
const place = (f: MessageFacts) => ({ venue: f.venueName, time: visitTime(f.startsAt) });

const message = (
  f: MessageFacts,
  kind: string,
  subject: string,
  lines: string[],
  smsParams: Record<string, string>,
): Notification => ({
  accountId: f.accountId,
  kind,
  subject,
  text: [...lines, '', visit(f)].join('\n'),
  smsParams,
  sealedPhone: f.sealedPhone,
});

/** The texts visitors receive, Chinese first; an SMS template gets the venue, the time and, where the visit needs it, the code. */
export const BookingMessages = {
  confirmed: (f: MessageFacts) =>
    message(
      f,
      'booking.confirmed',
      `预约成功：${f.venueName} ${visitTime(f.startsAt)}，预约码 ${f.code}`,
      [
        '您的预约已确认，请凭预约码或二维码入场。',
        'Your booking is confirmed. Show the code or QR code at the entrance.',
      ],
      { ...place(f), code: f.code },
    ),
  waitlisted: (f: MessageFacts) =>
    message(
      f,
      'booking.waitlisted',
      `已加入候补：${f.venueName} ${visitTime(f.startsAt)}`,
      [
        '该场次已满，您已进入候补名单；有名额释放时将按顺序为您确认并通知。',
        'The slot is full; you are on the waitlist and will be told if a place becomes yours.',
      ],
      place(f),
    ),
  promoted: (f: MessageFacts) =>
    message(
      f,
      'booking.promoted',
      `候补成功：${f.venueName} ${visitTime(f.startsAt)}，预约码 ${f.code}`,
      [
        '有名额释放，您的候补预约已确认。如不能前往，请及时取消。',
        'A place became free and your waitlisted booking is now confirmed. Please cancel if you cannot come.',
      ],
      { ...place(f), code: f.code },
    ),
  /** Moved to another time (改期): the same code, at the new time given below. */
  rescheduled: (f: MessageFacts, from: Date) =>
    message(
      f,
      'booking.rescheduled',
      `改期成功：${f.venueName} ${visitTime(f.startsAt)}，预约码 ${f.code}`,
      [
        `您的预约已从 ${visitTime(from)} 改到下面的新时间，预约码不变；原时间的名额已释放。`,
        `Your booking has moved from ${isoVisitTime(from)} to the new time below, with the same code; the old time's places are released.`,
      ],
      { ...place(f), code: f.code },
    ),
  /** The slot cancelled, or (with the staff's reason) this one booking, for example at the visitor's call. */
  cancelledByVenue: (f: MessageFacts, reason?: string) =>
    message(
      f,
      'booking.cancelled_by_venue',
      `场馆取消了您的预约：${f.venueName} ${visitTime(f.startsAt)}`,
      reason
        ? [
            `场馆工作人员取消了您的预约，原因：${reason}。不计入爽约。`,
            `The venue's staff cancelled your booking. Reason: ${reason}. It does not count as a no-show.`,
          ]
        : [
            '很抱歉，场馆取消了该场次，您的预约已取消，不计入爽约。',
            'We are sorry: the venue cancelled this slot, and your booking with it. It does not count as a no-show.',
          ],
      place(f),
    ),
  reminder: (f: MessageFacts) =>
    message(
      f,
      'booking.reminder',
      `明日参观提醒：${f.venueName} ${visitTime(f.startsAt)}`,
      [
        '您明天有一个参观预约，请按时到达；如不能前往，请在截止时间前取消，以免计为爽约。',
        'You have a visit tomorrow. If you cannot come, cancel before the deadline so it does not count as a no-show.',
      ],
      { ...place(f), code: f.code },
    ),
};

export function banMessage(accountId: string, noShows: number, until: string): Notification {
  return {
    accountId,
    kind: 'booking.banned',
    subject: `因 ${noShows} 次预约未到场，${until} 前暂停预约`,
    text: [
      `您近期有 ${noShows} 次预约未到场，按规定 ${until} 前不能新建预约。`,
      `After ${noShows} no-shows, you cannot make new bookings until ${until}.`,
    ].join('\n'),
    smsParams: { count: String(noShows), until },
  };
}
