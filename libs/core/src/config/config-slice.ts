import { applyDecorators, Inject } from '@nestjs/common';
import { plainToInstance, Transform } from 'class-transformer';
import { getMetadataStorage, IsInt, IsOptional, IsUrl, Max, Min, validateSync, ValidationError } from 'class-validator';
import { resolve } from 'node:path';

/**
 * Configuration in slices (docs/configuration.md, "Where each variable is declared"): core declares
 * the process-wide settings, and each lib with settings of its own declares its slice beside its
 * code: the environment variables it reads (a class with class-validator rules), their defaults, and
 * the checks between them. The app composes the slices with `loadConfig(env, slices)`, which
 * validates every slice's variables once at start and throws one ConfigError line naming the first
 * bad variable. A lib injects its own slice with `@InjectConfig(slice)`.
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** What every slice may know about the deployment, from core's variables. */
export interface ConfigContext {
  /**
   * Embedded mode (docs/configuration.md): Kepu launches Postgres or Meilisearch itself because
   * DATABASE_URL or MEILI_URL is unset. In external mode (both set) secrets must be given.
   */
  embedded: boolean;
  /** `KEPU_DATA_DIR`, resolved. */
  dataDir: string;
}

export interface ConfigSlice<K extends string = string, T = unknown> {
  /** Where the slice sits in the composed configuration: `config[key]`. */
  readonly key: K;
  /** The injection token of the slice's settings. */
  readonly token: symbol;
  /** The environment variables the slice reads, in the order they are checked. */
  readonly variables: readonly string[];
  /** Checks the slice's variables against their rules: the first problem as one line, or undefined. */
  problem(env: Readonly<Record<string, string>>): string | undefined;
  /** The settings, from variables that passed `problem`; throws ConfigError for a check between variables. */
  read(env: Readonly<Record<string, string>>, context: ConfigContext): T;
}

export type SettingsOf<S> = S extends ConfigSlice<string, infer T> ? T : never;

/** The composed settings of a list of slices: `{ [slice.key]: its settings }`. */
export type ConfigOf<S extends readonly ConfigSlice[]> = {
  [K in S[number]['key']]: SettingsOf<Extract<S[number], { key: K }>>;
};

/** Marks a slice's variables class (a global symbol: the mark holds however many copies of core are loaded). */
const VARIABLES_MARK = Symbol.for('kepu.config.variables');

/** True for a slice's variables class: its rules speak to the deployer, in English, not to visitors. */
export const isConfigVariables = (target: unknown): boolean => typeof target === 'function' && VARIABLES_MARK in target;

/** The token of the slice at `key`: the same for every copy of the module, so ConfigModule can provide it. */
export const configToken = (key: string): symbol => Symbol.for(`kepu.config.${key}`);

/**
 * A lib's configuration slice: `variables` is a class whose properties are the environment
 * variables (as strings, with class-validator rules, numbers through `WholeNumber`), `read` turns
 * the validated values into the lib's settings with their defaults.
 */
export function defineConfigSlice<K extends string, V extends object, T>(spec: {
  key: K;
  variables: new () => V;
  read: (variables: V, context: ConfigContext) => T;
}): ConfigSlice<K, T> {
  Object.defineProperty(spec.variables, VARIABLES_MARK, { value: true });
  const names = [
    ...new Set(
      getMetadataStorage()
        .getTargetValidationMetadatas(spec.variables, '', true, false)
        .map((metadata) => metadata.propertyName),
    ),
  ];
  const typed = (env: Readonly<Record<string, string>>): V =>
    plainToInstance(
      spec.variables,
      Object.fromEntries(names.flatMap((name) => (name in env ? [[name, env[name]]] : []))),
    );
  return {
    key: spec.key,
    token: configToken(spec.key),
    variables: names,
    problem: (env) => {
      const [first] = validateSync(typed(env), { forbidUnknownValues: false });
      return first && describe(first, env);
    },
    read: (env, context) => spec.read(typed(env), context),
  };
}

/** `@InjectConfig(bookingConfig) settings: BookingSettings`: a lib's own slice, as NestJS's registerAs does. */
export const InjectConfig = (slice: ConfigSlice): ParameterDecorator & PropertyDecorator => Inject(slice.token);

function describe(error: ValidationError, env: Readonly<Record<string, string>>): string {
  const reason = Object.values(error.constraints ?? {})[0] ?? 'is invalid';
  const text = reason.startsWith(error.property) ? reason.slice(error.property.length).trim() : reason;
  return `Invalid configuration: ${error.property} ${text} (got ${JSON.stringify(env[error.property])})`;
}

/** Throws the one line a deployer reads. */
export function configProblem(text: string): never {
  throw new ConfigError(`Invalid configuration: ${text}`);
}

/**
 * Reads the environment through core's slice and the given ones, all validated before any is
 * read: the first bad variable stops the start with one line. Empty variables count as unset.
 */
export function composeConfig<C, S extends readonly ConfigSlice[]>(
  core: ConfigSlice<string, C>,
  slices: S,
  env: NodeJS.ProcessEnv,
): C & ConfigOf<S> {
  const all = [core, ...slices];
  const known = all.flatMap((slice) => slice.variables);
  const given = Object.fromEntries(
    known.filter((name) => env[name] !== undefined && env[name] !== '').map((name) => [name, env[name] as string]),
  );
  for (const slice of all) {
    const problem = slice.problem(given);
    if (problem) throw new ConfigError(problem);
  }
  const context: ConfigContext = {
    embedded: !given.DATABASE_URL || !given.MEILI_URL,
    dataDir: resolve(given.KEPU_DATA_DIR ?? '.data'),
  };
  // The lib slices' checks first: each names its own variables; core's need no other slice.
  const settings = Object.fromEntries(slices.map((slice) => [slice.key, slice.read(given, context)]));
  return { ...core.read(given, context), ...settings } as C & ConfigOf<S>;
}

const toNumber = (value: unknown) => (value === undefined || value === '' ? undefined : Number(value));

/** An optional whole number within a range, with the one message a deployer reads. */
export function WholeNumber(min: number, max: number): PropertyDecorator {
  const message = `must be a whole number from ${min} to ${max}`;
  return applyDecorators(
    IsOptional(),
    Transform(({ value }) => toNumber(value)),
    IsInt({ message }),
    Min(min, { message }),
    Max(max, { message }),
  );
}

/** An optional http(s) URL; `requireTld: false` lets it name a host on the local network. */
export function HttpUrl(options: { requireTld?: boolean } = {}): PropertyDecorator {
  return applyDecorators(
    IsOptional(),
    IsUrl(
      { require_tld: options.requireTld ?? false, protocols: ['http', 'https'], require_protocol: true },
      { message: 'must be an http(s) URL' },
    ),
  );
}
