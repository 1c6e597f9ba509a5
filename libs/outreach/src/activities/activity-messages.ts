import { isoWeekday, shanghaiClock, timeOf } from '@kepu/schedule';
import type { OutreachMessage } from '../outreach-notices';

/** What the texts about an activity say. */
export interface ActivityFacts {
  /** The menu item's title, or the order's topic for a free request. */
  title: string;
  ordererName: string;
  providerName: string;
  address: string;
  startsAt: Date;
  endsAt: Date;
  leadName: string;
}

const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];

/** 11月25日（周三）09:30–11:00, in Shanghai time. */
export function activityTime(startsAt: Date, endsAt: Date): string {
  const start = shanghaiClock(startsAt);
  const end = shanghaiClock(endsAt);
  const [, month, day] = start.date.split('-').map(Number);
  const until = end.date === start.date ? timeOf(end.minutes) : `${end.date} ${timeOf(end.minutes)}`;
  return `${month}月${day}日（周${WEEKDAYS[isoWeekday(start.date) - 1]}）${timeOf(start.minutes)}–${until}`;
}

const summary = (f: ActivityFacts) =>
  [
    `活动 Activity：${f.title}`,
    `时间 Time：${activityTime(f.startsAt, f.endsAt)}`,
    `地点 Place：${f.address}`,
    `点单方 Ordered by：${f.ordererName}`,
    `提供方 Provider：${f.providerName}（带队 Lead：${f.leadName}）`,
  ].join('\n');

const message = (f: ActivityFacts, kind: string, subject: string, lines: string[]): OutreachMessage => ({
  kind,
  subject,
  text: [...lines, '', summary(f)].join('\n'),
});

/**
 * The texts of an activity's delivery, Chinese first: `toOrderer` for the teacher or community
 * worker who ordered, `toProvider` for the provider's operators (and the lead), `toAdministrators`
 * for the district, `toVolunteers` for those who joined.
 */
export const ActivityMessages = {
  toOrderer: {
    scheduled: (f: ActivityFacts) =>
      message(f, 'outreach.scheduled', `活动时间已安排，请确认：${f.title}，${activityTime(f.startsAt, f.endsAt)}`, [
        '提供方已安排好活动的时间和带队人，请在点单页面确认。',
        'The provider has set the time and the lead of your activity: please confirm it on the order page.',
      ]),
    completed: (f: ActivityFacts) =>
      message(f, 'outreach.completed', `活动已完成，请评价：${f.title}`, [
        '提供方已完成活动。请在点单页面为本次活动打分（1–5 分），您的评价帮助其他学校和社区选择。',
        'The provider has completed the activity. Please rate it (1 to 5) on the order page: it helps other schools and communities choose.',
      ]),
  },
  toProvider: {
    confirmed: (f: ActivityFacts) =>
      message(f, 'outreach.confirmed', `点单方已确认活动：${f.title}，${activityTime(f.startsAt, f.endsAt)}`, [
        '点单方已确认活动时间，志愿者现在可以报名。活动当天请带队人出示签到码。',
        'The orderer confirmed the time; volunteers may now join. On the day the lead shows them the sign-in code.',
      ]),
    rated: (f: ActivityFacts, score: number) =>
      message(f, 'outreach.rated', `活动评价：${f.title} ${'★'.repeat(score)}`, [
        `点单方为本次活动打了 ${score} 分（满分 5 分）。`,
        `The orderer rated the activity ${score} out of 5.`,
      ]),
  },
  toAdministrators: {
    lowRating: (f: ActivityFacts, score: number, comment: string | null) =>
      message(f, 'outreach.low_rating', `科普活动评分偏低（${score} 分）：${f.title}`, [
        `点单方为本区的一次科普活动只打了 ${score} 分，请关注。${comment ? `评语：${comment}` : ''}`,
        `An orderer rated an activity in your district only ${score} out of 5: please look into it.${comment ? ` Comment: ${comment}` : ''}`,
      ]),
  },
  toVolunteers: {
    moved: (f: ActivityFacts) =>
      message(f, 'outreach.activity_moved', `您报名的活动时间有变：${f.title}，${activityTime(f.startsAt, f.endsAt)}`, [
        '提供方调整了活动的时间，新的时间见下。如不能参加，请在活动开始前退出。',
        'The provider moved the activity to the time below. If you cannot come, leave it before it starts.',
      ]),
  },
  toVolunteer: {
    hoursAdded: (teamName: string, minutes: number, reason: string): OutreachMessage => ({
      kind: 'outreach.hours_added',
      subject: `管理员为您补录了志愿服务时长：${minutes} 分钟`,
      text: [
        `管理员为您在「${teamName}」补录了 ${minutes} 分钟志愿服务时长（手工补录，证明上会注明）。原因：${reason}`,
        `An administrator added ${minutes} minutes of volunteering with ${teamName} to your record (marked as hand-added on your certificate). Reason: ${reason}`,
      ].join('\n'),
    }),
  },
};
