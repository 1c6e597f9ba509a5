import { defineErrors, RetryLater } from '@kepu/core';

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
  ACCOUNT_SUSPENDED: {
    status: 403,
    zh: '该账号已被管理员暂停使用，如有疑问请联系所在区科协',
    en: 'This account has been suspended by an administrator; contact your district science association',
  },
  ACCOUNT_NOT_VERIFIED: {
    status: 403,
    zh: '请先验证您的手机号或邮箱：在“我的账号”中获取验证码并填写',
    en: 'Verify your mobile number or e-mail first: get a code on the “My account” page and enter it',
  },
  CODE_INVALID: {
    status: 400,
    zh: '验证码不正确或已过期，请核对或重新获取',
    en: 'The code is wrong or has expired: check it or get a new one',
  },
  CODE_ATTEMPTS_EXCEEDED: {
    status: 429,
    zh: '验证码输错次数过多，请重新获取验证码',
    en: 'Too many wrong codes: get a new code',
  },
  CODE_RESEND_TOO_SOON: {
    status: 429,
    zh: '验证码刚刚发出，请稍候再重新获取',
    en: 'A code was just sent: wait a moment before asking for another',
    details: RetryLater,
  },
  CODE_DAILY_LIMIT: {
    status: 429,
    zh: '今天向该号码或邮箱发送的验证码已达上限，请明天再试',
    en: 'The daily number of codes for this login has been reached: try again tomorrow',
    details: RetryLater,
  },
  NO_ACCOUNT_FOR_LOGIN: {
    status: 404,
    zh: '该手机号或邮箱还没有注册：请用同一个验证码完成注册',
    en: 'No account has this mobile number or e-mail yet: register with the same code',
  },
  CREDENTIALS_REQUIRED: {
    status: 400,
    zh: '请填写验证码或密码',
    en: 'Enter a code or a password',
  },
  PRIVACY_POLICY_NOT_ACCEPTED: {
    status: 400,
    zh: '请阅读并同意当前版本的隐私政策',
    en: 'Read and accept the current privacy policy',
  },
  INVITATION_EXPIRED: {
    status: 410,
    zh: '邀请已过期或已撤回，请联系邀请人重新邀请',
    en: 'The invitation has expired or was withdrawn: ask for a new one',
  },
  INVITATION_ALREADY_PENDING: {
    status: 409,
    zh: '已向该账号发出相同的邀请，等待对方接受',
    en: 'The same invitation is already waiting for this login',
  },
  CANNOT_SUSPEND_SELF: {
    status: 400,
    zh: '不能暂停自己的账号',
    en: 'You cannot suspend your own account',
  },
  SIGN_IN_BACKOFF: {
    status: 429,
    zh: '从您的网络登录此账号失败次数过多。请等待几分钟（最长 15 分钟）后再试，并核对登录名和密码',
    en: 'Too many failed sign-ins to this account from your network. Wait a few minutes (at most 15), then try again, checking the login and password',
    details: RetryLater,
  },
  ROLE_SCOPE_MISMATCH: {
    status: 400,
    zh: '角色范围不正确：管理员需指定区域，运营人员和学校教师需指定机构',
    en: 'Wrong role scope: admins need a region, operators and teachers an organisation',
  },
  ROLE_ALREADY_GRANTED: { status: 409, zh: '该账号已拥有此角色', en: 'The account already has this role' },
});
