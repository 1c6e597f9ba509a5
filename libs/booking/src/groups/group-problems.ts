import { defineProblems } from '@kepu/core';

/**
 * What is wrong with a school group's request or its name list, in both languages. A group's places
 * in a slot are counted with its teachers: they take places like the students.
 */
export const GroupProblems = defineProblems({
  TOO_FEW_STUDENTS: {
    problem: '{students} students, at least {min}',
    zh: '该项目每团至少 {min} 名学生',
    en: 'This offering takes at least {min} students a group',
  },
  TOO_MANY_STUDENTS: {
    problem: '{students} students, at most {max}',
    zh: '该项目每团最多 {max} 名学生；更多的学生请分团申请',
    en: 'This offering takes at most {max} students a group; ask again for the others',
  },
  NOT_ENOUGH_TEACHERS: {
    problem: '{students} students need {needed} teachers',
    zh: '{students} 名学生至少需要 {needed} 名带队教师',
    en: '{students} students need at least {needed} accompanying teachers',
  },
  TOO_LATE: {
    problem: 'earliest {earliest}',
    zh: '团体参观须提前 {lead} 天申请，最早可申请 {earliest} 的场次',
    en: 'Groups ask {lead} days ahead: the earliest day is {earliest}',
  },
  TOO_EARLY: {
    problem: 'latest {latest}',
    zh: '团体可申请 {ahead} 天内的场次，{latest} 之后的尚未开放',
    en: 'Groups ask for times up to {ahead} days ahead; days after {latest} are not open yet',
  },
  SLOT_TOO_SMALL: {
    problem: '{remaining} group places left, {people} needed',
    zh: '此场次团体余 {remaining} 人，不足 {people} 人（含带队教师）',
    en: 'This time has {remaining} group places left, fewer than your {people} people (teachers included)',
  },
  PARTS_DO_NOT_ADD_UP: {
    problem: 'parts hold {students}+{teachers}, the class {classStudents}+{classTeachers}',
    zh: '各场人数合计 {students} 名学生、{teachers} 名教师，与全班 {classStudents} 名学生、{classTeachers} 名教师不符',
    en: 'The parts add up to {students} students and {teachers} teachers, not the class’s {classStudents} and {classTeachers}',
  },
  NOT_WITH_PARTS: {
    problem: 'not with parts',
    zh: '分场申请时每一场各选一个场次，不再另选意向时段',
    en: 'A split class asks for one time per part, not for preferred times',
  },
  SAME_SLOT_TWICE: {
    problem: 'same slot as parts.{other}',
    zh: '与第 {n} 场选了同一场次；一个场次放得下的班级不必分场',
    en: 'The same time as part {n}; a class that fits one time need not be split',
  },
});

/** The problems of an uploaded name list, each tied to its row and person where it has one. */
export const NameListProblems = defineProblems({
  COLUMN_MISSING: {
    problem: 'missing column {header}',
    zh: '缺少“{header}”列，请使用名单模板',
    en: 'The column "{header}" is missing; use the name-list template',
  },
  NAME_REQUIRED: { problem: 'required', zh: '请填写姓名', en: 'Fill in the name' },
  NAME_INVALID: {
    problem: 'too long or control characters',
    zh: '姓名过长（最多 50 字）或含有不可见字符',
    en: 'The name is too long (50 characters at most) or holds invisible characters',
  },
  ROLE_INVALID: {
    problem: 'not student or teacher',
    zh: '身份请从下拉列表中选“学生”或“教师”',
    en: 'Choose 学生 (student) or 教师 (teacher) from the list for the role',
  },
  PHONE_INVALID: {
    problem: 'not a mainland mobile number',
    zh: '手机号应为 11 位数字，如 13912345678',
    en: 'A mobile number has 11 digits, e.g. 13912345678',
  },
  ID_NUMBER_MANGLED: {
    problem: 'turned into a number by a spreadsheet',
    zh: '这个身份证号被表格软件改成了数字，请把该列设为文本后重新填写',
    en: 'A spreadsheet program turned this ID number into a number; set the column to Text and type the number again',
  },
  ID_NUMBER_REQUIRED: {
    problem: 'required',
    zh: '该项目实名参观，请填写身份证号',
    en: 'This offering is real-name: fill in the ID number',
  },
  ID_NUMBER_DUPLICATE: {
    problem: 'same as row {first}',
    zh: '与第 {first} 行的身份证号相同',
    en: 'The same ID number as row {first}',
  },
  ID_ALREADY_BOOKED: {
    problem: 'already booked at this venue that day',
    zh: '此人当天在本场馆已有预约',
    en: 'This person already holds a booking at this venue that day',
  },
  TEACHER_UNDER_18: {
    problem: 'teacher aged {age}',
    zh: '带队教师须年满 18 岁，按身份证号此人 {age} 岁',
    en: 'A teacher must be an adult; by the ID number this person is {age}',
  },
  TOO_YOUNG: {
    problem: 'age {age} below {min}',
    zh: '参观当天 {age} 岁，该项目限 {min} 岁及以上',
    en: 'This student is {age} on the day; the offering takes ages {min} and over',
  },
  TOO_OLD: {
    problem: 'age {age} above {max}',
    zh: '参观当天 {age} 岁，该项目限 {max} 岁及以下',
    en: 'This student is {age} on the day; the offering takes ages up to {max}',
  },
  NO_STUDENTS: { problem: 'no students', zh: '名单中没有学生', en: 'The list has no students' },
  TOO_MANY_STUDENTS: {
    problem: '{students} students, {approved} approved',
    zh: '名单有 {students} 名学生，超过批准的 {approved} 名',
    en: 'The list has {students} students, more than the {approved} approved',
  },
  TEACHER_RATIO_NOT_MET: {
    problem: '{students} students need {needed} teachers, {teachers} listed',
    zh: '{students} 名学生至少需要 {needed} 名教师，名单中有 {teachers} 名',
    en: '{students} students need at least {needed} teachers; the list has {teachers}',
  },
});
