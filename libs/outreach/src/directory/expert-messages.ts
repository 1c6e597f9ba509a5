import { OutreachMessage } from '../outreach-notices';

/** What the texts about an expert application say. */
export interface ExpertFacts {
  name: string;
  title: string;
  organisationName: string;
  /** The reviewer's comment, if any. */
  comment?: string | null;
}

const message = (f: ExpertFacts, kind: string, subject: string, lines: string[]): OutreachMessage => ({
  kind,
  subject,
  text: [
    ...lines,
    '',
    `专家 Expert：${f.name}（${f.title}，${f.organisationName}）`,
    ...(f.comment ? [`审核意见 Comment：${f.comment}`] : []),
  ].join('\n'),
});

/** The texts of an expert application, Chinese first: `toAdministrators` for reviewers, `toExpert` for the applicant. */
export const ExpertMessages = {
  toAdministrators: {
    submitted: (f: ExpertFacts) =>
      message(f, 'outreach.expert_submitted', `科普专家申请待审核：${f.name}`, [
        '有人申请加入科普专家库，请在专家审核列表中审核。',
        'Someone applied to the expert pool: review the application in the expert review queue.',
      ]),
    edited: (f: ExpertFacts) =>
      message(f, 'outreach.expert_submitted', `科普专家资料修改待审核：${f.name}`, [
        '专家修改了资料，请重新审核；审核通过前该专家不在公开名录中。',
        'An expert changed their profile: review it again; they are out of the public directory until then.',
      ]),
  },
  toExpert: {
    approved: (f: ExpertFacts) =>
      message(f, 'outreach.expert_approved', `您已加入科普专家库：${f.name}`, [
        '您的专家申请已通过审核。若您同意公开个人资料，公众现在可以在专家名录中看到您。',
        'Your application was approved. If you agreed to a public profile, the public directory now shows you.',
      ]),
    rejected: (f: ExpertFacts) =>
      message(f, 'outreach.expert_rejected', `科普专家申请未通过：${f.name}`, [
        '您的专家申请未通过审核；您可以按审核意见修改后重新提交。',
        'Your application was rejected; you may change it as the comment says and send it again.',
      ]),
  },
};
