import { defineErrors } from '@kepu/core';
import { ImportHeaderProblems, ImportReport } from './census/census.views';

export const RegisterErrors = defineErrors({
  REGION_NOT_A_DISTRICT: {
    status: 400,
    zh: '资源所在区域须为区（或功能区）',
    en: 'A resource must lie in a district (or functional area)',
  },
  REGION_EXISTS: { status: 409, zh: '该区域代码已存在', en: 'A region with this code already exists' },
  REGION_PARENT_INVALID: {
    status: 400,
    zh: '上级区域不存在或层级不匹配（省 → 市 → 区）',
    en: 'The parent region is missing or at the wrong level (province → city → district)',
  },
  INVALID_CREDIT_CODE: {
    status: 400,
    zh: '统一社会信用代码无效（GB 32100-2015 校验位不符）',
    en: 'Invalid unified social credit code (GB 32100-2015 check character)',
  },
  CREDIT_CODE_TAKEN: {
    status: 409,
    zh: '已有机构使用该统一社会信用代码',
    en: 'An organisation with this credit code already exists',
  },
  ORGANISATION_REQUIRED: {
    status: 400,
    zh: '您属于多个机构，请用 organisationId 参数指明机构',
    en: 'You belong to several organisations: name one with the organisationId parameter',
  },
  SCHOOL_CODE_TAKEN: {
    status: 409,
    zh: '已有机构使用该学校标识码',
    en: 'An organisation with this school code already exists',
  },
  SCHOOL_CODE_NOT_A_SCHOOL: {
    status: 400,
    zh: '只有学校机构可以填写学校标识码',
    en: 'Only a school organisation has a school code',
  },
  NOT_A_VERIFIED_SCHOOL: {
    status: 400,
    zh: '只有已认证的学校机构才能添加学校教师',
    en: 'Teachers can only join a verified school organisation',
  },
  NOT_A_VERIFIED_COMMUNITY: {
    status: 400,
    zh: '只有已认证的社区/街道机构才能添加社区工作人员',
    en: 'Community workers can only join a verified community organisation',
  },
  MEMBER_ROLE_INVALID: {
    status: 400,
    zh: '机构成员角色须为 operator 或 school',
    en: 'A member role must be operator or school',
  },
  RESOURCE_UNDER_REVIEW: {
    status: 409,
    zh: '该资源的修改正在审核中，审核结束前不能再修改',
    en: 'This resource has changes under review; it cannot be edited until the review ends',
  },
  NOTHING_TO_SUBMIT: {
    status: 409,
    zh: '没有可提交的草稿或待修改版本',
    en: 'There is no draft or returned revision to submit',
  },
  NOTHING_TO_REVIEW: { status: 409, zh: '该资源没有待审核的版本', en: 'This resource has no revision awaiting review' },
  INCOMPLETE_RESOURCE: {
    status: 400,
    zh: '资源信息不完整，请补充后再提交',
    en: 'The resource is incomplete; fill in the missing fields before submitting',
  },
  INVALID_TRANSITION: {
    status: 409,
    zh: '资源当前状态不允许此操作',
    en: 'The resource is not in a state that allows this',
  },
  MEDIA_NOT_FOUND: {
    status: 400,
    zh: '引用的图片或证明文件不存在，或不属于该机构',
    en: 'A referenced photo or evidence file does not exist or belongs to another organisation',
  },
  UNSUPPORTED_FILE_TYPE: {
    status: 415,
    zh: '文件类型不支持：图片须为 JPEG、PNG 或 WebP，证明文件还可为 PDF',
    en: 'Unsupported file: photos must be JPEG, PNG or WebP; evidence may also be PDF',
  },
  IMPORT_HEADERS_INVALID: {
    status: 400,
    zh: '导入文件的表头与模板不符',
    en: 'The import file headers do not match the template',
    details: ImportHeaderProblems,
  },
  IMPORT_HAS_ERRORS: {
    status: 422,
    zh: '导入文件有错误，未导入任何数据；请按报告修改后重试',
    en: 'The import file has errors; nothing was imported. Fix the rows in the report and retry',
    details: ImportReport,
  },
  // Duplicates and merging (docs/register.md).
  SAME_RESOURCE: {
    status: 409,
    zh: '不能与资源自身比较或合并',
    en: 'A resource cannot be compared with or merged into itself',
  },
  MERGE_TARGET_CLOSED: {
    status: 409,
    zh: '只能合并到已发布或暂停的资源，不能合并到已撤销或已合并的资源',
    en: 'A resource can only be merged into a published or suspended one, not a withdrawn or merged one',
  },
  MERGE_BLOCKED_BY_BOOKINGS: {
    status: 409,
    zh: '同一位参观人在同一天分别预约了这两处场馆，合并后将违反“每人每馆每天一次”的规则；请先取消其中一个预约',
    en: 'The same visitor has bookings at both venues on the same day, which one venue does not allow; cancel one of them first',
  },
  // Aliases (docs/search.md).
  ALIAS_SAME_AS_NAME: {
    status: 400,
    zh: '别名不能与资源名称相同，名称本身已可搜索',
    en: 'An alias cannot be the name itself: the name is already searchable',
  },
});
