import { Test } from '@nestjs/testing';
import { Injectable } from '@nestjs/common';
import { IsIn, IsOptional } from 'class-validator';
import { loadConfig } from './config';
import { ConfigError, configProblem, defineConfigSlice, InjectConfig, WholeNumber } from './config-slice';
import { ConfigModule } from './config.module';

class SampleVariables {
  @WholeNumber(1, 10)
  SAMPLE_COUNT?: number;

  @IsOptional()
  @IsIn(['a', 'b'], { message: 'must be a or b' })
  SAMPLE_MODE?: string;
}

const sampleConfig = defineConfigSlice({
  key: 'sample',
  variables: SampleVariables,
  read: (raw, { embedded }) => {
    if (raw.SAMPLE_MODE === 'b' && !raw.SAMPLE_COUNT) configProblem('SAMPLE_COUNT is required when SAMPLE_MODE is b');
    return { count: raw.SAMPLE_COUNT ?? 3, mode: raw.SAMPLE_MODE ?? 'a', embedded };
  },
});

@Injectable()
class SampleUser {
  constructor(@InjectConfig(sampleConfig) readonly settings: { count: number }) {}
}

describe('configuration slices', () => {
  it('lists the variables a slice reads, from its class', () => {
    expect(sampleConfig.variables).toEqual(['SAMPLE_COUNT', 'SAMPLE_MODE']);
  });

  it("composes a slice beside core's settings, with its defaults and the deployment's mode", () => {
    const config = loadConfig({ SAMPLE_COUNT: '7', UNRELATED: 'x' }, [sampleConfig]);
    expect(config.sample).toEqual({ count: 7, mode: 'a', embedded: true });
    expect(config.port).toBe(3000);
    expect(loadConfig({ SAMPLE_COUNT: '' }, [sampleConfig]).sample.count).toBe(3);
  });

  it.each([
    [{ SAMPLE_COUNT: '11' }, 'Invalid configuration: SAMPLE_COUNT must be a whole number from 1 to 10 (got "11")'],
    [{ SAMPLE_MODE: 'c' }, 'Invalid configuration: SAMPLE_MODE must be a or b (got "c")'],
    [{ SAMPLE_MODE: 'b' }, 'Invalid configuration: SAMPLE_COUNT is required when SAMPLE_MODE is b'],
    // Every slice's variables are validated before any slice is read: core's bad PORT comes first.
    [{ PORT: 'x', SAMPLE_MODE: 'b' }, 'Invalid configuration: PORT must be a whole number from 0 to 65535 (got "x")'],
  ])('refuses %j with one line naming the variable', (env, message) => {
    expect(() => loadConfig(env, [sampleConfig])).toThrow(new ConfigError(message));
  });

  it('lets a lib inject its own slice through ConfigModule', async () => {
    const config = loadConfig({ SAMPLE_COUNT: '5' }, [sampleConfig]);
    const moduleRef = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(config)],
      providers: [SampleUser],
    }).compile();
    expect(moduleRef.get(SampleUser).settings).toEqual({ count: 5, mode: 'a', embedded: true });
  });
});
