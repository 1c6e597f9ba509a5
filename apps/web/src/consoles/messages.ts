/** The console frame's strings; each console keeps its own in its folder. */
export const zh = {
  title: '管理后台',
  nav: '后台导航',
  noConsole: '您的账户没有管理后台的权限。场馆、学校和科协的工作人员由管理员开通。',
  names: { operator: '场馆与机构运营', school: '学校', community: '社区', volunteer: '志愿者', admin: '科协管理' },
  saved: '已保存',
  save: '保存',
  cancel: '取消',
  edit: '编辑',
  remove: '删除',
  add: '添加',
  actions: '操作',
  none: '暂无',
  confirm: '确定',
  back: '返回',
  reason: '原因',
  comment: '意见',
  status: '状态',
  date: '日期',
  time: '时间',
  name: '名称',
};

/** Same keys as the Chinese, every value a string. */
export type Translation<T> = { [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };

export const en: Translation<typeof zh> = {
  title: 'Console',
  nav: 'Console navigation',
  noConsole:
    'Your account has no console. Venue, school and science association staff are given access by an administrator.',
  names: {
    operator: 'Venues and providers',
    school: 'School',
    community: 'Community',
    volunteer: 'Volunteer',
    admin: 'Administration',
  },
  saved: 'Saved',
  save: 'Save',
  cancel: 'Cancel',
  edit: 'Edit',
  remove: 'Remove',
  add: 'Add',
  actions: 'Actions',
  none: 'None',
  confirm: 'Confirm',
  back: 'Back',
  reason: 'Reason',
  comment: 'Comment',
  status: 'Status',
  date: 'Date',
  time: 'Time',
  name: 'Name',
};
