import { OutreachMessage } from '../outreach-notices';

/** What the texts about an order say. */
export interface OrderFacts {
  topic: string;
  ordererName: string;
  regionName: string;
  address: string;
  windowFrom: string;
  windowTo: string;
  headcount: number;
  /** The provider holding the order, if one does. */
  providerName: string | null;
  /** Why it was declined or cancelled. */
  reason?: string | null;
}

const summary = (f: OrderFacts) =>
  [
    `点单 Order：${f.topic}`,
    `点单单位 Ordered by：${f.ordererName}`,
    `地点 Place：${f.regionName} ${f.address}`,
    `日期 Dates：${f.windowFrom} – ${f.windowTo}`,
    `人数 People：${f.headcount}`,
    ...(f.providerName ? [`提供方 Provider：${f.providerName}`] : []),
    ...(f.reason ? [`说明 Note：${f.reason}`] : []),
  ].join('\n');

const message = (f: OrderFacts, kind: string, subject: string, lines: string[]): OutreachMessage => ({
  kind,
  subject,
  text: [...lines, '', summary(f)].join('\n'),
});

/**
 * The texts of an order's way to a provider (docs/outreach.md, "Orders"), Chinese first:
 * `toDistrict` for the administrators of the place (`toAdministrators` for the district's or the
 * city's), `toProvider` for the operators, `toOrderer` for the teacher or community worker who
 * ordered, `toVolunteers` for those who joined its activity.
 */
export const OrderMessages = {
  toDistrict: {
    submitted: (f: OrderFacts) =>
      message(f, 'outreach.order_submitted', `新的科普点单待派单：${f.ordererName} · ${f.topic}`, [
        '辖区内有单位点了一项科普活动，请在派单台指派给提供方，或开放给服务本区的提供方接单。',
        'An organisation in your district ordered a science activity: assign it to a provider, or open it for providers serving the district to claim.',
      ]),
    claimed: (f: OrderFacts) =>
      message(f, 'outreach.order_claimed', `科普点单已被接单：${f.topic} · ${f.providerName}`, [
        '您开放接单的点单已由以下提供方接单。',
        'The order you opened for claims has been taken by the provider below.',
      ]),
    declined: (f: OrderFacts) =>
      message(f, 'outreach.order_declined', `提供方谢绝了科普点单，请重新派单：${f.topic}`, [
        '提供方谢绝了这项点单，点单已退回派单台，请另行指派或开放接单。',
        'The provider declined this order; it is back on the dispatch board: assign it again or open it for claims.',
      ]),
    cancelled: (f: OrderFacts) =>
      message(f, 'outreach.order_cancelled', `科普点单已由点单单位取消：${f.topic}`, [
        '点单单位取消了这项点单。',
        'The orderer cancelled this order.',
      ]),
  },
  /** Nobody took the order in time: level 1 goes to the district's administrators, level 2 to the city's. */
  toAdministrators: {
    escalated: (f: OrderFacts, days: number) =>
      message(f, 'outreach.order_escalated', `科普点单已等待 ${days} 天无人承接：${f.topic}`, [
        `这项点单提交已超过 ${days} 天，仍未派出或无人接单，请尽快处理。`,
        `This order was placed more than ${days} days ago and nobody has taken it yet: please see to it.`,
      ]),
  },
  toProvider: {
    assigned: (f: OrderFacts) =>
      message(f, 'outreach.order_assigned', `区科协向贵机构派单：${f.topic}`, [
        '区科协把这项科普点单指派给了贵机构，请在收件箱中安排活动时间，或说明原因谢绝。',
        'The district assigned this order to your organisation: schedule the activity in your inbox, or decline it with a reason.',
      ]),
    open: (f: OrderFacts) =>
      message(f, 'outreach.order_open', `新的科普点单可接单：${f.regionName} · ${f.topic}`, [
        '贵机构服务的区有一项科普点单开放接单，先接先得。',
        'An order in a district your organisation serves is open for claims: the first claim wins.',
      ]),
    cancelled: (f: OrderFacts) =>
      message(f, 'outreach.order_cancelled', `贵机构承接的科普点单已取消：${f.topic}`, [
        '很抱歉，贵机构承接的这项点单已被取消。',
        'We are sorry: the order your organisation took has been cancelled.',
      ]),
  },
  toOrderer: {
    taken: (f: OrderFacts) =>
      message(f, 'outreach.order_taken', `您的科普点单已有提供方承接：${f.topic} · ${f.providerName}`, [
        '以下提供方已承接您的点单，稍后会与您确定活动时间。',
        'The provider below has taken your order and will propose a time for the activity.',
      ]),
    declined: (f: OrderFacts) =>
      message(f, 'outreach.order_declined', `提供方谢绝了您的科普点单：${f.topic}`, [
        '承接您点单的提供方谢绝了它，区科协会重新派单。',
        'The provider that took your order declined it; the district will dispatch it again.',
      ]),
    cancelled: (f: OrderFacts) =>
      message(f, 'outreach.order_cancelled', `您的科普点单已被区科协取消：${f.topic}`, [
        '很抱歉，区科协取消了您的点单。',
        'We are sorry: the district cancelled your order.',
      ]),
  },
  toVolunteers: {
    cancelled: (f: OrderFacts) =>
      message(f, 'outreach.activity_cancelled', `您报名的科普活动已取消：${f.topic}`, [
        '很抱歉，您报名参加的这项科普活动已取消，无需前往。',
        'We are sorry: the activity you joined has been cancelled; there is no need to go.',
      ]),
  },
};
