import { Notification } from '@kepu/notify';
import { visitTime } from '../bookings/booking-messages';

/** What the texts about a group visit say. */
export interface GroupFacts {
  venueName: string;
  offeringTitle: string;
  schoolName: string;
  className: string | null;
  students: number;
  teachers: number;
  /** The slot approved or proposed, else the first preference; null when none exists any more (re-planned away). */
  startsAt: Date | null;
  code?: string;
  reason?: string | null;
  /** Which part of a class split across slots. */
  part?: { n: number; of: number };
}

const when = (f: GroupFacts) => (f.startsAt ? visitTime(f.startsAt) : '原场次已取消 slot withdrawn');

const summary = (f: GroupFacts) =>
  [
    `${f.venueName} · ${f.offeringTitle}`,
    `学校 School：${f.schoolName}${f.className ? ` ${f.className}` : ''}`,
    `时间 Time：${when(f)}`,
    `人数 People：学生 ${f.students} students，教师 ${f.teachers} teachers`,
    ...(f.part ? [`分场 Split：全班分 ${f.part.of} 场，这是第 ${f.part.n} 场 part ${f.part.n} of ${f.part.of}`] : []),
    ...(f.code ? [`团体码 Group code：${f.code}`] : []),
    ...(f.reason ? [`说明 Note：${f.reason}`] : []),
  ].join('\n');

/** One text for several accounts (a venue's operators, say). */
export type GroupMessage = Omit<Notification, 'accountId'>;

const message = (f: GroupFacts, kind: string, subject: string, lines: string[]): GroupMessage => ({
  kind,
  subject,
  text: [...lines, '', summary(f)].join('\n'),
});

/** The texts of a group visit's life, Chinese first: `toSchool` for the teacher, `toVenue` for the operators. */
export const GroupMessages = {
  toVenue: {
    requested: (f: GroupFacts) =>
      message(f, 'group_visit.requested', `新的团体参观申请：${f.schoolName}，${when(f)}`, [
        '有学校申请团体参观，请在团体预约收件箱中批准、拒绝或建议改期。',
        'A school asks to visit: approve, reject or propose another slot in the group inbox.',
      ]),
    accepted: (f: GroupFacts) =>
      message(f, 'group_visit.accepted', `学校已接受改期：${f.schoolName}，${when(f)}`, [
        '学校接受了您建议的场次，团体参观已确认。',
        'The school accepted the slot you proposed; the visit is confirmed.',
      ]),
    declined: (f: GroupFacts) =>
      message(f, 'group_visit.declined', `学校未接受改期：${f.schoolName}`, [
        '学校未接受您建议的场次，预留的团体名额已释放。',
        'The school declined the slot you proposed; the places held are free again.',
      ]),
    cancelled: (f: GroupFacts) =>
      message(f, 'group_visit.cancelled_by_school', `学校取消了团体参观：${f.schoolName}，${when(f)}`, [
        '学校取消了团体参观，团体名额已释放。',
        'The school cancelled its visit; its places are free again.',
      ]),
    expired: (f: GroupFacts) =>
      message(f, 'group_visit.expired', `团体参观申请已过期：${f.schoolName}`, [
        '该申请在期限内未获处理或回复，已自动过期。',
        'The request was not answered in time and has lapsed.',
      ]),
    nameList: (f: GroupFacts) =>
      message(f, 'group_visit.name_list', `团体名单已提交：${f.schoolName}，${when(f)}`, [
        '学校提交或更新了团体名单。',
        'The school uploaded or changed its name list.',
      ]),
    leaderChanged: (f: GroupFacts) =>
      message(f, 'group_visit.leader_changed', `团体带队教师已变更：${f.schoolName}，${when(f)}`, [
        '学校更换了这个团体的带队教师，新的联系人见团体预约。',
        "The school handed the group to another teacher: see the visit for the new leader's contact.",
      ]),
    feedback: (f: GroupFacts, rating: number) =>
      message(f, 'group_visit.feedback', `团体参观评价：${f.schoolName} ${'★'.repeat(rating)}`, [
        `学校对参观的评分为 ${rating} 分（满分 5 分）。`,
        `The school rated the visit ${rating} out of 5.`,
      ]),
  },
  toSchool: {
    received: (f: GroupFacts) =>
      message(f, 'group_visit.received', `团体参观申请已提交：${f.venueName}`, [
        '您的团体参观申请已提交，场馆处理后会通知您。',
        'Your request was sent; you will be told when the venue answers.',
      ]),
    approved: (f: GroupFacts) =>
      message(f, 'group_visit.approved', `团体参观已确认：${f.venueName} ${when(f)}，团体码 ${f.code}`, [
        '场馆已批准您的团体参观。实名项目请在参观日前一天结束前提交名单；入场时出示团体码。',
        'The venue approved your visit. For real-name offerings upload the name list by the end of the day before; show the group code at the entrance.',
      ]),
    rejected: (f: GroupFacts) =>
      message(f, 'group_visit.rejected', `团体参观申请未获批准：${f.venueName}`, [
        '很抱歉，场馆未批准您的团体参观申请。',
        'We are sorry: the venue did not approve your request.',
      ]),
    proposed: (f: GroupFacts) =>
      message(f, 'group_visit.proposed', `场馆建议改期：${f.venueName} ${when(f)}`, [
        '场馆建议您改到以下场次，名额已为您预留；请尽快接受或拒绝。',
        'The venue proposes the slot below and holds its places for you: please accept or decline soon.',
      ]),
    expired: (f: GroupFacts) =>
      message(f, 'group_visit.expired', `团体参观申请已过期：${f.venueName}`, [
        '该申请在期限内未获处理或回复，已自动过期；如仍需参观，请重新申请。',
        'The request lapsed without an answer; please request again if you still want to visit.',
      ]),
    /** To the new leader. */
    nowLeading: (f: GroupFacts) =>
      message(f, 'group_visit.now_leading', `您现在是团体参观的带队教师：${f.venueName} ${when(f)}`, [
        '这个团体参观已移交给您，此后有关它的消息都会发给您。',
        'This group visit has been handed over to you: its messages come to you from now on.',
      ]),
    /** To the former leader; `leader` is the new leader's name. */
    handedOver: (f: GroupFacts, leader: string) =>
      message(f, 'group_visit.handed_over', `团体参观已移交给${leader}：${f.venueName} ${when(f)}`, [
        `您带队的团体参观已移交给本校的${leader}，此后有关它的消息会发给新的带队教师。`,
        `The group visit you led has been handed over to ${leader} at your school: its messages go to the new leader from now on.`,
      ]),
    cancelled: (f: GroupFacts) =>
      message(f, 'group_visit.cancelled_by_venue', `场馆取消了团体参观：${f.venueName} ${when(f)}`, [
        '很抱歉，场馆取消了您的团体参观。',
        'We are sorry: the venue cancelled your group visit.',
      ]),
  },
  agreement: {
    offered: (venueName: string, schoolName: string, term: string) => ({
      kind: 'group_agreement.offered',
      subject: `馆校合作协议待签署：${venueName}`,
      text: [
        `${venueName} 邀请 ${schoolName} 签署馆校合作协议（${term}），请登录后确认。`,
        `${venueName} offers ${schoolName} a cooperation agreement (${term}); sign in to accept it.`,
      ].join('\n'),
    }),
    signed: (venueName: string, schoolName: string, term: string) => ({
      kind: 'group_agreement.signed',
      subject: `馆校合作协议已签署：${schoolName}`,
      text: [
        `${schoolName} 已签署与 ${venueName} 的馆校合作协议（${term}）。`,
        `${schoolName} signed the cooperation agreement with ${venueName} (${term}).`,
      ].join('\n'),
    }),
    ended: (venueName: string, schoolName: string, term: string) => ({
      kind: 'group_agreement.ended',
      subject: `馆校合作协议已终止：${venueName} · ${schoolName}`,
      text: [
        `${venueName} 与 ${schoolName} 的馆校合作协议（${term}）已终止。`,
        `The cooperation agreement between ${venueName} and ${schoolName} (${term}) has ended.`,
      ].join('\n'),
    }),
  },
};
