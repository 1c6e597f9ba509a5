import fc from 'fast-check';
import { PassThrough } from 'node:stream';
import { maskIdNumber, maskName, maskPersonalText, maskPhone, scrubForLog } from './mask';

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

  it('masks names to the first character of each word', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('欧阳娜娜')).toBe('欧***');
    expect(maskName('李')).toBe('李*');
    expect(maskName(' Jane  Doe ')).toBe('J*** D**');
    expect(maskName('𠮷野家')).toBe('𠮷**');
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

  it('leaves streams to their serializers instead of walking them and their sockets', () => {
    const response = new PassThrough();
    expect((scrubForLog({ res: response }) as { res: unknown }).res).toBe(response);
  });
});

describe('masking properties', () => {
  /** What surrounds a number in a message: no letter or digit touches it (else it is part of a longer token). */
  const around = fc.string({ unit: fc.constantFrom(...' ，。:：-_/()[]证件号码手机电话用户'), maxLength: 8 });
  const idNumber = fc
    .tuple(fc.stringMatching(/^\d{17}$/), fc.constantFrom(...'0123456789Xx'))
    .map(([digits, check]) => digits + check);
  const mobile = fc.stringMatching(/^1[3-9]\d{9}$/);
  /** Free text mixing both kinds of number with other text and stray digits. */
  const message = fc
    .array(fc.oneof(around, idNumber, mobile, fc.stringMatching(/^\d{1,25}$/), fc.string({ maxLength: 6 })), {
      maxLength: 8,
    })
    .map((parts) => parts.join(''));

  it('never lets an ID number through, keeping only its first four and last four characters', () => {
    fc.assert(
      fc.property(around, idNumber, around, (before, id, after) => {
        const masked = maskPersonalText(before + id + after);
        expect(masked).not.toContain(id);
        expect(masked).toBe(`${before}${id.slice(0, 4)}${'*'.repeat(10)}${id.slice(14)}${after}`);
      }),
    );
  });

  it('never lets a mobile number through, keeping only its first three and last four digits', () => {
    fc.assert(
      fc.property(around, mobile, around, (before, phone, after) => {
        const masked = maskPersonalText(before + phone + after);
        expect(masked).not.toContain(phone);
        expect(masked).toBe(`${before}${phone.slice(0, 3)}****${phone.slice(7)}${after}`);
      }),
    );
  });

  it('changes only digits, one for one, and masking twice changes nothing more', () => {
    fc.assert(
      fc.property(message, (text) => {
        const masked = maskPersonalText(text);
        expect(masked).toHaveLength(text.length);
        const changes = [...masked].flatMap((char, i) => (char === text[i] ? [] : [`${text[i]}→${char}`]));
        expect(changes.filter((change) => !/^[\dXx]→\*$/.test(change))).toEqual([]);
        expect(maskPersonalText(masked)).toBe(masked);
      }),
      { numRuns: 300 },
    );
  });

  it('scrubs secrets and personal numbers out of a log record at any depth', () => {
    const secretKey = fc.constantFrom('password', 'Authorization', 'idNumber', 'contactPhone', 'refreshToken');
    const secret = fc.stringMatching(/^[a-z]{4}-[0-9a-f]{12}$/);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('body', 'req', 'visitors', 'details', 'headers'), { maxLength: 12 }),
        secretKey,
        secret,
        idNumber,
        mobile,
        (path, key, value, id, phone) => {
          const record = path.reduceRight<Record<string, unknown>>((inner, name) => ({ [name]: inner }), {
            [key]: value,
            note: `证件 ${id}，电话 ${phone}`,
          });
          const logged = JSON.stringify(scrubForLog(record));
          for (const raw of [value, id, phone]) expect(logged).not.toContain(raw);
        },
      ),
      { numRuns: 300 },
    );
  });
});
