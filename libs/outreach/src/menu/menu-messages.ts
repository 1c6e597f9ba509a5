import { OutreachMessage } from '../outreach-notices';

/** What the texts about a menu item say. */
export interface MenuFacts {
  title: string;
  providerName: string;
  /** The reviewer's comment, if any. */
  comment?: string | null;
}

const message = (f: MenuFacts, kind: string, subject: string, lines: string[]): OutreachMessage => ({
  kind,
  subject,
  text: [
    ...lines,
    '',
    `活动 Activity：${f.title}`,
    `提供方 Provider：${f.providerName}`,
    ...(f.comment ? [`审核意见 Comment：${f.comment}`] : []),
  ].join('\n'),
});

/** The texts of a menu item's review, Chinese first: `toAdministrators` for reviewers, `toProvider` for its operators. */
export const MenuMessages = {
  toAdministrators: {
    submitted: (f: MenuFacts) =>
      message(f, 'outreach.menu_submitted', `科普活动待审核：${f.title}`, [
        '有提供方提交了科普活动菜单项，请在活动菜单审核列表中审核。',
        'A provider sent an activity for the menu: review it in the menu review queue.',
      ]),
    edited: (f: MenuFacts) =>
      message(f, 'outreach.menu_submitted', `科普活动修改待审核：${f.title}`, [
        '提供方修改了已上架的科普活动，请审核；审核通过前公众仍看到原内容。',
        'A provider changed an activity on the menu: review it; the public sees the approved content until then.',
      ]),
  },
  toProvider: {
    approved: (f: MenuFacts) =>
      message(f, 'outreach.menu_approved', `科普活动已上架：${f.title}`, [
        '您的科普活动已通过审核，现已在活动菜单上，学校和社区可以点单。',
        'Your activity was approved and is on the menu: schools and communities can order it.',
      ]),
    changesRequested: (f: MenuFacts) =>
      message(f, 'outreach.menu_changes_requested', `科普活动需修改：${f.title}`, [
        '审核人员请您按意见修改后重新提交。',
        'The reviewer asks for changes: edit the activity as the comment says and submit it again.',
      ]),
    rejected: (f: MenuFacts) =>
      message(f, 'outreach.menu_rejected', `科普活动未通过审核：${f.title}`, [
        '您的科普活动未通过审核，不会上架。',
        'Your activity was rejected and will not be on the menu.',
      ]),
    editRejected: (f: MenuFacts) =>
      message(f, 'outreach.menu_edit_rejected', `科普活动的修改未通过审核：${f.title}`, [
        '您对该活动的修改未通过审核，已撤销；菜单上仍是原先审核通过的内容。',
        'Your change to the activity was rejected and dropped; the menu keeps the content approved before.',
      ]),
  },
};
