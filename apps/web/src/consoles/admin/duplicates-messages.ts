import type { Translation } from '../messages';

/** Duplicates resolved on the review page and the duplicates page (docs/register.md, "Duplicates and merging"). */
export const zh = {
  title: '可能重复的条目',
  hint: '以下条目与本条名称相同、读音相同或相距不到 100 米。请逐条比较：不是同一场馆就标记“不是重复”；是同一场馆就把本条合并到那一条。',
  none: '没有待核实的重复条目。',
  thisOne: '本条（待审核）',
  thisEntry: '本条',
  candidate: '已登记的条目',
  matchedBy: { name: '名称相同', pinyin: '读音相同', distance: '相距 {metres} 米' },
  fields: { name: '名称', address: '地址', location: '坐标', type: '类型', organisation: '运营单位', status: '状态' },
  dismiss: '不是重复',
  merge: '合并到此条',
  reason: '合并原因（必填，记入双方历史）',
  confirm:
    '“{from}”的历史记录、预约项目、预约（含团体参观）和统计数据将移到“{into}”；“{from}”不再公开，打开它的链接会跳转到“{into}”。此操作不能撤销。',
  confirmButton: '确认合并',
  cancel: '取消',
  dismissed: '已标记：“{from}”与“{other}”不是重复。',
  mergedInto: '已将“{from}”合并到“{into}”。',
  openKept: '查看保留的条目“{name}”',
  page: {
    title: '核实重复条目',
    titleOf: '核实重复条目：{name}',
    census: '返回普查导入导出',
    register: '返回名录管理',
  },
};

export const en: Translation<typeof zh> = {
  title: 'Possible duplicates',
  hint: 'These entries have the same name, a name that sounds the same, or lie within 100 m. Compare each: if it is another venue, mark it “not a duplicate”; if it is the same venue, merge this entry into it.',
  none: 'No duplicates left to check.',
  thisOne: 'This entry (under review)',
  thisEntry: 'This entry',
  candidate: 'In the register',
  matchedBy: { name: 'Same name', pinyin: 'Sounds the same', distance: '{metres} m apart' },
  fields: {
    name: 'Name',
    address: 'Address',
    location: 'Coordinates',
    type: 'Type',
    organisation: 'Organisation',
    status: 'Status',
  },
  dismiss: 'Not a duplicate',
  merge: 'Merge into this one',
  reason: 'Why merge (required, kept in both histories)',
  confirm:
    'The history, offerings, bookings (group visits included) and figures of “{from}” move to “{into}”; “{from}” is no longer public and its links lead to “{into}”. This cannot be undone.',
  confirmButton: 'Merge',
  cancel: 'Cancel',
  dismissed: 'Marked: “{from}” and “{other}” are not duplicates.',
  mergedInto: '“{from}” has been merged into “{into}”.',
  openKept: 'Open the kept entry, “{name}”',
  page: {
    title: 'Check possible duplicates',
    titleOf: 'Check possible duplicates: {name}',
    census: 'Back to census import & export',
    register: 'Back to the register',
  },
};
