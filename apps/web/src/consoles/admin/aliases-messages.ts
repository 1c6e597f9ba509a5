import type { Translation } from '../messages';

/** The aliases editor on the administrators' register page (docs/search.md, "Aliases"). */
export const zh = {
  open: '别名',
  title: '“{name}”的别名',
  hint: '别名是大家常用的简称，如“超算”“少年宫”。搜索时别名与名称同等排序，保存后立即生效。最多 20 个，每个不超过 40 个字。',
  none: '还没有别名。',
  label: '新别名',
  add: '添加',
  remove: '移除别名“{alias}”',
  save: '保存别名',
  saved: '已保存“{name}”的别名。',
  close: '关闭',
  problems: {
    empty: '请输入别名',
    tooLong: '别名不能超过 40 个字',
    repeated: '已有这个别名',
    tooMany: '最多 20 个别名',
    sameAsName: '别名不能与名称相同',
  },
};

export const en: Translation<typeof zh> = {
  open: 'Aliases',
  title: 'Aliases of “{name}”',
  hint: 'Aliases are the short names people use, such as 超算 or 少年宫. Search ranks them like the name, as soon as they are saved. At most 20, each up to 40 characters.',
  none: 'No aliases yet.',
  label: 'New alias',
  add: 'Add',
  remove: 'Remove the alias “{alias}”',
  save: 'Save aliases',
  saved: 'The aliases of “{name}” are saved.',
  close: 'Close',
  problems: {
    empty: 'Type an alias',
    tooLong: 'An alias has at most 40 characters',
    repeated: 'This alias is already there',
    tooMany: 'At most 20 aliases',
    sameAsName: 'An alias cannot be the name itself',
  },
};
