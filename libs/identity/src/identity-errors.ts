import { defineErrors } from '@kepu/core';

export const IdentityErrors = defineErrors({
  INVALID_LOGIN: {
    status: 400,
    zh: '请输入有效的邮箱地址或中国大陆手机号',
    en: 'Enter a valid email address or mainland mobile number',
  },
  WEAK_PASSWORD: {
    status: 400,
    zh: '密码太弱：至少 10 个字符，且不能是常见密码或包含登录名',
    en: 'Password too weak: at least 10 characters, not a common password, not containing the login',
  },
  CURRENT_PASSWORD_WRONG: { status: 400, zh: '当前密码不正确', en: 'The current password is wrong' },
  LOGIN_TAKEN: { status: 409, zh: '该邮箱或手机号已注册', en: 'This email or mobile number is already registered' },
  INVALID_CREDENTIALS: { status: 401, zh: '登录名或密码不正确', en: 'Wrong login or password' },
  TOKEN_INVALID: { status: 401, zh: '登录已失效，请重新登录', en: 'Your sign-in has expired, please sign in again' },
  ACCOUNT_DISABLED: { status: 403, zh: '该账号已停用', en: 'This account is disabled' },
  SIGN_IN_BACKOFF: {
    status: 429,
    zh: '从您的网络登录此账号失败次数过多。请等待几分钟（最长 15 分钟）后再试，并核对登录名和密码',
    en: 'Too many failed sign-ins to this account from your network. Wait a few minutes (at most 15), then try again, checking the login and password',
  },
  ROLE_SCOPE_MISMATCH: {
    status: 400,
    zh: '角色范围不正确：管理员需指定区域，运营人员和学校教师需指定机构',
    en: 'Wrong role scope: admins need a region, operators and teachers an organisation',
  },
  UNKNOWN_REGION: { status: 400, zh: '区域代码不存在', en: 'Unknown region code' },
  ROLE_ALREADY_GRANTED: { status: 409, zh: '该账号已拥有此角色', en: 'The account already has this role' },
});
