import { maskIdNumber, maskPersonalText, maskPhone, scrubForLog } from './mask';

describe('personal data masking', () => {
  it('masks mainland ID numbers, keeping the province and city and the last four', () => {
    expect(maskIdNumber('证件 11010519491231002X 已登记')).toBe('证件 1101**********002X 已登记');
    expect(maskIdNumber('order 1234567890123456789012')).toBe('order 1234567890123456789012');
  });

  it('masks mobile numbers, keeping the prefix and last four', () => {
    expect(maskPhone('call 13812345678')).toBe('call 138****5678');
    expect(maskPhone('12812345678 is not a mobile')).toBe('12812345678 is not a mobile');
    // A UUID's last group can hold eleven digits after a hex letter: it is an id, left whole.
    expect(maskPhone('/resources/b8a4f10c-6383-4f61-92b5-b15687105603')).toBe(
      '/resources/b8a4f10c-6383-4f61-92b5-b15687105603',
    );
  });

  it('scrubs secrets by key and personal numbers by pattern, at any depth', () => {
    const record = {
      msg: '用户 13912345678 登录',
      req: { headers: { Authorization: 'Bearer x', cookie: 'c' } },
      body: { password: 'p', visitors: [{ idNumber: '11010519491231002X', name: '张三' }] },
      err: new Error('bad id 11010519491231002X'),
    };
    expect(scrubForLog(record)).toEqual({
      msg: '用户 139****5678 登录',
      req: { headers: { Authorization: '[REDACTED]', cookie: '[REDACTED]' } },
      body: { password: '[REDACTED]', visitors: [{ idNumber: '[REDACTED]', name: '张三' }] },
      err: {
        type: 'Error',
        message: 'bad id 1101**********002X',
        stack: expect.stringContaining('1101**********002X'),
      },
    });
    expect(maskPersonalText('no personal data')).toBe('no personal data');
  });
});
