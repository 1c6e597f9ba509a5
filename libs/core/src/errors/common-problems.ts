import { defineProblems } from './problems';

/** Field problems every lib may raise; a lib's own ones sit in its `*-problems.ts`. */
export const CommonProblems = defineProblems({
  REQUIRED: { problem: 'required', zh: '请填写这一项', en: 'Fill this in' },
  REASON_REQUIRED: {
    problem: 'required',
    zh: '请写明原因，对方会看到这段话',
    en: 'Write the reason; the other side will read it',
  },
  UNKNOWN_REGION: {
    problem: '{code}',
    zh: '没有这个行政区，请从列表中选择',
    en: 'There is no such region; choose one from the list',
  },
  NOT_A_DISTRICT: {
    problem: '{code}',
    zh: '请选择一个区（不是整个城市或省）',
    en: 'Choose a district, not a whole city or province',
  },
  END_BEFORE_START: {
    problem: '{from}…{to}',
    zh: '结束日期不能早于开始日期',
    en: 'The end date must not be before the start date',
  },
  SPAN_TOO_LONG: {
    problem: '{from}…{to}',
    zh: '开始和结束最多相隔 {days} 天',
    en: 'The start and the end may be at most {days} days apart',
  },
  GONE: {
    problem: '{value}',
    zh: '所选的一项已不存在，请重新选择',
    en: 'What was chosen no longer exists; choose again',
  },
  LISTED_TWICE: { problem: 'listed twice', zh: '重复填写了，请删去一处', en: 'Listed twice; remove one' },
  MUST_BE_FUTURE: { problem: 'must be in the future', zh: '请选择今天以后的时间', en: 'Choose a time after now' },
});
