import { parseLogin } from './login';

describe('parseLogin', () => {
  it.each([
    ['Family@Example.COM', { kind: 'email', value: 'family@example.com' }],
    ['  city-admin@demo.kepu ', { kind: 'email', value: 'city-admin@demo.kepu' }],
    ['13812345678', { kind: 'phone', value: '13812345678' }],
    ['+86 138-1234-5678', { kind: 'phone', value: '13812345678' }],
    ['8613812345678', { kind: 'phone', value: '13812345678' }],
  ])('reads %j', (input, expected) => expect(parseLogin(input)).toEqual(expected));

  it.each(['', 'plain', 'a@b', '@example.com', '12812345678', '1381234567', '138123456789', '+1 415 555 0100'])(
    'refuses %j',
    (input) => expect(parseLogin(input)).toBeNull(),
  );
});
