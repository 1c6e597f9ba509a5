/** What an account may be. One account may hold several roles, each with its own scope. */
export enum Role {
  Visitor = 'visitor',
  /** A teacher of a verified school organisation. */
  School = 'school',
  /** Staff of an organisation: sees and edits only that organisation's resources. */
  Operator = 'operator',
  /** Staff of a verified community (社区、街道): orders outreach activities for it. */
  Community = 'community',
  /** A science volunteer (科技志愿者) of an organisation's team: joins its outreach activities. */
  Volunteer = 'volunteer',
  DistrictAdmin = 'district_admin',
  CityAdmin = 'city_admin',
  SystemAdmin = 'system_admin',
}

export const ROLES = Object.values(Role);

/** Admin roles are scoped to a region (and everything below it). */
export const REGION_SCOPED_ROLES: readonly Role[] = [Role.DistrictAdmin, Role.CityAdmin];
/** Member roles are scoped to an organisation. */
export const ORGANISATION_SCOPED_ROLES: readonly Role[] = [Role.Operator, Role.School, Role.Community, Role.Volunteer];

/** How a role is named to a person, in invitation messages. */
export const ROLE_NAMES: Record<Role, { zh: string; en: string }> = {
  [Role.Visitor]: { zh: '访客', en: 'visitor' },
  [Role.School]: { zh: '学校教师', en: 'school teacher' },
  [Role.Operator]: { zh: '场馆运营人员', en: 'venue operator' },
  [Role.Community]: { zh: '社区工作人员', en: 'community worker' },
  [Role.Volunteer]: { zh: '科技志愿者', en: 'science volunteer' },
  [Role.DistrictAdmin]: { zh: '区科协管理员', en: 'district administrator' },
  [Role.CityAdmin]: { zh: '市科协管理员', en: 'city administrator' },
  [Role.SystemAdmin]: { zh: '系统管理员', en: 'system administrator' },
};
