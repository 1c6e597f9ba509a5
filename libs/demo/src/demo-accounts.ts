import { GrantRequest, Role } from '@kepu/identity';

/** Every demo account has this password (docs/api.md). Demo mode only. */
export const DEMO_PASSWORD = 'kepu-demo-2026';

/**
 * Organisations the demo accounts belong to. Their records (real Shenzhen venues and a school,
 * marked as demo data) come with the register; the ids are fixed so both sides agree.
 */
export const DEMO_ORGANISATIONS = {
  scienceMuseum: '0d5e6f40-7a1b-4c2d-9e3f-000000000001',
  observatory: '0d5e6f40-7a1b-4c2d-9e3f-000000000002',
  school: '0d5e6f40-7a1b-4c2d-9e3f-000000000003',
  /** 南山区粤海街道科技园社区: orders outreach activities (community@demo.kepu). */
  community: '0d5e6f40-7a1b-4c2d-9e3f-000000000004',
  /** 南山区科技志愿服务队: provides activities; its volunteers sign in to them (volunteer@demo.kepu). */
  volunteerTeam: '0d5e6f40-7a1b-4c2d-9e3f-000000000005',
} as const;

export interface DemoAccount {
  login: string;
  displayName: string;
  grants: GrantRequest[];
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { login: 'admin@demo.kepu', displayName: '系统管理员（演示）', grants: [{ role: Role.SystemAdmin }] },
  {
    login: 'city-admin@demo.kepu',
    displayName: '深圳市科协管理员（演示）',
    grants: [{ role: Role.CityAdmin, regionCode: '440300' }],
  },
  {
    login: 'nanshan-admin@demo.kepu',
    displayName: '南山区科协管理员（演示）',
    grants: [{ role: Role.DistrictAdmin, regionCode: '440305' }],
  },
  {
    login: 'futian-admin@demo.kepu',
    displayName: '福田区科协管理员（演示）',
    grants: [{ role: Role.DistrictAdmin, regionCode: '440304' }],
  },
  {
    login: 'operator@demo.kepu',
    displayName: '科学馆运营人员（演示）',
    grants: [{ role: Role.Operator, organisationId: DEMO_ORGANISATIONS.scienceMuseum }],
  },
  {
    login: 'operator2@demo.kepu',
    displayName: '天文台运营人员（演示）',
    grants: [{ role: Role.Operator, organisationId: DEMO_ORGANISATIONS.observatory }],
  },
  {
    login: 'school@demo.kepu',
    displayName: '实验学校教师（演示）',
    grants: [{ role: Role.School, organisationId: DEMO_ORGANISATIONS.school }],
  },
  { login: 'family@demo.kepu', displayName: '张家（演示）', grants: [{ role: Role.Visitor }] },
  {
    login: 'community@demo.kepu',
    displayName: '科技园社区工作人员（演示）',
    grants: [{ role: Role.Community, organisationId: DEMO_ORGANISATIONS.community }],
  },
  {
    login: 'volunteer@demo.kepu',
    displayName: '李思远（演示志愿者）',
    grants: [{ role: Role.Volunteer, organisationId: DEMO_ORGANISATIONS.volunteerTeam }],
  },
  {
    login: 'volunteer-lead@demo.kepu',
    displayName: '陈队长（演示志愿服务队）',
    grants: [
      { role: Role.Operator, organisationId: DEMO_ORGANISATIONS.volunteerTeam },
      { role: Role.Volunteer, organisationId: DEMO_ORGANISATIONS.volunteerTeam },
    ],
  },
];
