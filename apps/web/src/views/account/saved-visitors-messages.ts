import type { Translation } from '../../consoles/messages';

/** 常用参观人: the people an account books for, on the account page and in the booking form. */
export const zh = {
  title: '常用参观人',
  intro: '保存家人和朋友的姓名和证件，预约时点一下就能加入，不用每次重新填写。证件号码加密保存，页面上只显示部分号码。',
  none: '还没有常用参观人。',
  add: '添加常用参观人',
  save: '保存',
  saving: '正在保存…',
  saved: '已保存 {name}。',
  remove: '删除 {name}',
  removeConfirm: '删除常用参观人“{name}”？删除后其姓名和证件号码立即清除。',
  removed: '已删除 {name}。',
  noDocument: '未填证件',
  limit: '最多可保存 20 位。',
  pick: '从常用参观人中选择',
  pickHint: '点一下加入本次预约：',
  added: '已加入',
  saveForLater: '保存为常用参观人，下次直接选择',
  fromSaved: '证件已保存：{document}',
  manage: '管理常用参观人',
};

export const en: Translation<typeof zh> = {
  title: 'People I book for',
  intro:
    'Keep the names and identity documents of family and friends, and add them to a booking with one tap instead of typing them each time. Document numbers are stored encrypted; pages show only part of them.',
  none: 'You have not saved anyone yet.',
  add: 'Add a person',
  save: 'Save',
  saving: 'Saving…',
  saved: '{name} is saved.',
  remove: 'Delete {name}',
  removeConfirm: 'Delete “{name}”? Their name and document number are erased at once.',
  removed: '{name} is deleted.',
  noDocument: 'No document',
  limit: 'You can keep up to 20 people.',
  pick: 'Choose from the people you book for',
  pickHint: 'Tap to add to this booking:',
  added: 'Added',
  saveForLater: 'Keep this person for my next bookings',
  fromSaved: 'Document on file: {document}',
  manage: 'Manage the people you book for',
};
