import { hashPassword, passwordWeakness, verifyAgainstDecoy, verifyPassword } from './password';

describe('passwords', () => {
  it.each([
    ['short123', 'shorter than 10 characters'],
    ['woaini1314', 'a common password'],
    ['QWERTYUIOP', 'a common password'],
    ['zzzzzzzzzzzz', 'one repeated character'],
    ['zhangsan-2026-pw', 'contains the login'],
    ['x'.repeat(129), 'longer than 128 characters'],
  ])('refuses %j (%s)', (password, reason) => {
    expect(passwordWeakness(password, 'zhangsan@example.com')).toBe(reason);
  });

  it('accepts a long, uncommon password', () => {
    expect(passwordWeakness('kepu-demo-2026', 'family@demo.kepu')).toBeNull();
    expect(passwordWeakness('长城在北京很美丽的地方', '13812345678')).toBeNull();
  });

  it('hashes with argon2id at the OWASP parameters and verifies', async () => {
    const hash = await hashPassword('a-long-test-passphrase');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, 'a-long-test-passphrase')).toBe(true);
    expect(await verifyPassword(hash, 'a-long-test-passphrasE')).toBe(false);
    expect(await verifyPassword('not a hash', 'x')).toBe(false);
    expect(await verifyAgainstDecoy('anything')).toBe(false);
  });
});
