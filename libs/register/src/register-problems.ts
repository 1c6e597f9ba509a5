import { defineProblems } from '@kepu/core';

/** The field problems of the register (resources, organisations, aliases), in both languages. */
export const RegisterProblems = defineProblems({
  NEW_EVIDENCE_FOR_RENEWAL: {
    problem: 'a renewed accreditation needs new evidence',
    zh: '续期的认定须上传新的证明材料',
    en: 'A renewed accreditation needs new evidence',
  },
  EVIDENCE_FOR_NEW: {
    problem: 'a new accreditation needs evidence',
    zh: '新增的认定须上传证明材料',
    en: 'A new accreditation needs evidence',
  },
  FREE_WITH_PRICES: {
    problem: 'free admission must not list prices',
    zh: '已选“免费开放”，请删去票价',
    en: 'Admission is free, so remove the prices',
  },
  REQUIRED_BEFORE_SUBMISSION: {
    problem: '{field} is required before submission',
    zh: '提交审核前请填写这一项',
    en: 'Fill this in before submitting for review',
  },
  MEDIA_NOT_FOUND: {
    problem: '{ids}',
    zh: '有照片或证明材料已不存在，请重新上传',
    en: 'A photo or piece of evidence no longer exists; upload it again',
  },
  INVALID_CREDIT_CODE: {
    problem: '{code}',
    zh: '统一社会信用代码无效，请对照营业执照或登记证书核对 18 位代码',
    en: 'This unified social credit code is not valid; check its 18 characters against the licence',
  },
  SCHOOL_CODE_NOT_A_SCHOOL: {
    problem: '{code}',
    zh: '只有学校填写学校标识码',
    en: 'Only schools give a school code',
  },
  CREDIT_CODE_TAKEN: {
    problem: '{code}',
    zh: '已有机构使用这个统一社会信用代码',
    en: 'An organisation with this credit code is already registered',
  },
  SCHOOL_CODE_TAKEN: {
    problem: '{code}',
    zh: '已有学校使用这个学校标识码',
    en: 'A school with this school code is already registered',
  },
  ALIAS_SAME_AS_NAME: {
    problem: '{aliases}',
    zh: '别名与场馆名称相同：{aliases}',
    en: 'The same as the venue’s name: {aliases}',
  },
});
