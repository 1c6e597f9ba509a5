/** What an account may be. One account may hold several roles, each with its own scope. */
export enum Role {
  Visitor = 'visitor',
  /** A teacher of a verified school organisation. */
  School = 'school',
  /** Staff of an organisation: sees and edits only that organisation's resources. */
  Operator = 'operator',
  DistrictAdmin = 'district_admin',
  CityAdmin = 'city_admin',
  SystemAdmin = 'system_admin',
}

export const ROLES = Object.values(Role);

/** Admin roles are scoped to a region (and everything below it). */
export const REGION_SCOPED_ROLES: readonly Role[] = [Role.DistrictAdmin, Role.CityAdmin];
/** Member roles are scoped to an organisation. */
export const ORGANISATION_SCOPED_ROLES: readonly Role[] = [Role.Operator, Role.School];
