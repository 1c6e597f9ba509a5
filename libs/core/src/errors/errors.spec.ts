import { BadRequestException, NotFoundException } from '@nestjs/common';
import fc from 'fast-check';
import { IsInt, IsString, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { QueryFailedError, QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { AppError, defineErrors, definedErrors } from './app-error';
import { CoreErrors } from './core-errors';
import { classifyError, toErrorBody } from './error-response';
import { createValidationPipe } from './validation';

class Visitor {
  @IsString() name!: string;
}
class BookingInput {
  @IsInt() @Min(1) partySize!: number;
  @ValidateNested({ each: true }) @Type(() => Visitor) visitors!: Visitor[];
}

describe('error model', () => {
  it('refuses a code defined twice, so a code keeps one status and one pair of messages', () => {
    expect(() => defineErrors({ NOT_FOUND: { status: 404, zh: '没有', en: 'Not here' } })).toThrow(
      'Error codes defined twice: NOT_FOUND',
    );
    expect(definedErrors().filter((definition) => definition.code === 'NOT_FOUND')).toEqual([CoreErrors.NOT_FOUND]);
  });

  it('keeps an AppError as declared', () => {
    expect(classifyError(new AppError(CoreErrors.FORBIDDEN))).toEqual({
      definition: CoreErrors.FORBIDDEN,
      details: undefined,
      unexpected: false,
    });
  });

  it('maps framework HTTP errors by status and anything else to INTERNAL without leaking it', () => {
    expect(classifyError(new NotFoundException()).definition.code).toBe('ROUTE_NOT_FOUND');
    expect(classifyError(new BadRequestException('internal detail')).definition.code).toBe('BAD_REQUEST');
    const unknown = classifyError(new Error('connection refused at 10.0.0.5'));
    expect(unknown).toEqual({ definition: CoreErrors.INTERNAL, unexpected: true });
    expect(JSON.stringify(toErrorBody(unknown.definition, {}))).not.toContain('10.0.0.5');
  });

  it('answers 503 SERVICE_UNAVAILABLE, not a bug, when Postgres cannot be reached or is restarting', () => {
    const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });
    const failedQuery = (driverError: Error) => new QueryFailedError('SELECT 1', [], driverError);
    const outages = [
      withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'),
      new Error('timeout exceeded when trying to connect'),
      failedQuery(new Error('Connection terminated unexpectedly')),
      failedQuery(withCode('terminating connection due to administrator command', '57P01')),
      failedQuery(withCode('the database system is starting up', '57P03')),
      failedQuery(withCode('canceling statement due to statement timeout', '57014')),
      new QueryRunnerAlreadyReleasedError(),
      new QueryRunnerProviderAlreadyReleasedError(),
    ];
    for (const outage of outages) {
      expect(classifyError(outage)).toEqual({ definition: CoreErrors.SERVICE_UNAVAILABLE, unexpected: false });
    }
    // A failed statement on a healthy server is still a bug.
    const uniqueViolation = failedQuery(withCode('duplicate key value violates unique constraint', '23505'));
    expect(classifyError(uniqueViolation)).toEqual({ definition: CoreErrors.INTERNAL, unexpected: true });
  });

  it('answers in Chinese by default and in English when asked', () => {
    expect(toErrorBody(CoreErrors.NOT_FOUND, {}).message).toBe('未找到请求的资源');
    expect(toErrorBody(CoreErrors.NOT_FOUND, { acceptLanguage: 'zh-CN,zh;q=0.9,en;q=0.8' }).message).toBe(
      '未找到请求的资源',
    );
    expect(toErrorBody(CoreErrors.NOT_FOUND, { acceptLanguage: 'en-US' }).message).toBe(
      'The requested item was not found',
    );
  });

  it('turns validation failures into VALIDATION_FAILED with every field path', async () => {
    const pipe = createValidationPipe();
    const attempt = pipe.transform(
      { partySize: 0, visitors: [{ name: 3 }], extra: true },
      { type: 'body', metatype: BookingInput },
    );
    await expect(attempt).rejects.toMatchObject({
      definition: CoreErrors.VALIDATION_FAILED,
      details: expect.arrayContaining([
        {
          field: 'extra',
          problems: ['property extra should not exist'],
          messages: [{ 'zh-CN': '不接受这一项', en: 'This item is not accepted here' }],
        },
        {
          field: 'partySize',
          problems: ['partySize must not be less than 1'],
          messages: [{ 'zh-CN': '不能小于 1', en: 'Must be at least 1' }],
        },
        {
          field: 'visitors.0.name',
          problems: ['name must be a string'],
          messages: [{ 'zh-CN': '请填写文字', en: 'Enter text' }],
        },
      ]),
    });
  });

  it('says a rule in its own words when the decorator gives them, filling constraints into the generic ones', async () => {
    class Named {
      @Matches(/\S/, { context: { zh: '请填写名称', en: 'Give a name' } }) @MaxLength(4) name!: string;
    }
    const details = await createValidationPipe()
      .transform({ name: '       ' }, { type: 'body', metatype: Named })
      .catch((error: AppError) => error.details);
    expect(details).toEqual([
      {
        field: 'name',
        problems: expect.any(Array),
        messages: [
          { 'zh-CN': '最多 4 个字', en: 'At most 4 characters' },
          { 'zh-CN': '请填写名称', en: 'Give a name' },
        ],
      },
    ]);
  });

  it('refuses U+0000 anywhere in a body, value or key, and nothing else, before any rule', async () => {
    const text = fc.string({ unit: fc.constantFrom('a', '中', ' ', '\u0000'), maxLength: 4 });
    const body = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, text, fc.integer(), fc.constant(null), tie('list'), tie('object')),
      list: fc.array(tie('value'), { maxLength: 3 }),
      object: fc.dictionary(text, tie('value'), { maxKeys: 3 }),
    })).object;
    const pipe = createValidationPipe();
    await fc.assert(
      fc.asyncProperty(body, async (value) => {
        const refused = await pipe.transform(value, { type: 'body', metatype: Object }).then(
          () => false,
          (error: AppError) => error.definition === CoreErrors.VALIDATION_FAILED,
        );
        expect(refused).toBe(JSON.stringify(value).includes('\\u0000'));
      }),
      { numRuns: 300 },
    );
  });
});
