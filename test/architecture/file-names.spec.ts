import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LIBS, ROOT, tsFilesUnder } from './source-files';

/**
 * One suffix per kind of file (docs/architecture.md, "File names"): each kind's suffix, and a
 * pattern that catches every spelling of it, singular or plural, after `.` or `-`, and for the Nest
 * kinds also with no name before it (`dto.ts`). A file holding several classes of its kind keeps the
 * suffix (`booking.controller.ts`). Plain names are no kind's spelling: `runtime/src/services.ts`
 * starts Postgres and Meilisearch, `core/src/database/errors.ts` tells SQL errors apart.
 */
const KINDS: { suffix: string; spellings: RegExp }[] = [
  { suffix: '.module.ts', spellings: /(^|[.-])modules?\.ts$/ },
  { suffix: '.controller.ts', spellings: /(^|[.-])controllers?\.ts$/ },
  { suffix: '.service.ts', spellings: /[.-]services?\.ts$/ },
  { suffix: '.store.ts', spellings: /[.-](stores?|repositor(y|ies))\.ts$/ },
  { suffix: '.entity.ts', spellings: /(^|[.-])entit(y|ies)\.ts$/ },
  { suffix: '.dto.ts', spellings: /(^|[.-])dtos?\.ts$/ },
  { suffix: '.views.ts', spellings: /(^|[.-])views?\.ts$/ },
  { suffix: '.job.ts', spellings: /(^|[.-])jobs?\.ts$/ },
  { suffix: '.consumer.ts', spellings: /(^|[.-])(consumers?|relays?|dispatchers?)\.ts$/ },
  { suffix: '.policies.ts', spellings: /(^|[.-])polic(y|ies)\.ts$/ },
  { suffix: '-errors.ts', spellings: /[.-]errors\.ts$/ },
  { suffix: '-problems.ts', spellings: /[.-]problems\.ts$/ },
  { suffix: '-messages.ts', spellings: /[.-]messages\.ts$/ },
  { suffix: '.spec.ts', spellings: /[.-](spec|test)s?\.ts$/ },
];

/** Whether a file name spells some kind's suffix otherwise than the one chosen. */
const misnamed = (name: string): boolean =>
  KINDS.some(
    ({ suffix, spellings }) => spellings.test(name) && !(name.endsWith(suffix) && name.length > suffix.length),
  );

const filesUnder = (dir: string) => tsFilesUnder(dir, { specs: true });

const SOURCES = [
  join(ROOT, 'apps', 'api', 'src'),
  join(ROOT, 'apps', 'worker', 'src'),
  ...LIBS.map((lib) => join(ROOT, 'libs', lib, 'src')),
];

/** Jest runs a test folder's files by their suffix: a file spelt otherwise would never run. */
const TEST_FOLDERS = { e2e: '.e2e-spec.ts', browser: '.browser-spec.ts', hardening: '.hardening-spec.ts' };

describe('file names', () => {
  it('give each kind of file one suffix in apps/api, apps/worker and the libs', () => {
    const files = SOURCES.flatMap(filesUnder).map((path) => relative(ROOT, path));
    expect(files.length).toBeGreaterThan(300);
    expect(files.filter((path) => misnamed(path.split('/').pop() as string))).toEqual([]);
  });

  it('put every outbox consumer in a .consumer.ts file, whatever its class is called', () => {
    const consumers = SOURCES.flatMap(filesUnder).filter(
      (path) => !path.endsWith('.spec.ts') && readFileSync(path, 'utf8').includes('@OutboxConsumer('),
    );
    expect(consumers.length).toBeGreaterThanOrEqual(6);
    expect(consumers.filter((path) => !path.endsWith('.consumer.ts')).map((path) => relative(ROOT, path))).toEqual([]);
  });

  it('give every test under test/e2e, test/browser and test/hardening the suffix Jest runs there', () => {
    const strays = Object.entries(TEST_FOLDERS).flatMap(([folder, suffix]) =>
      filesUnder(join(ROOT, 'test', folder)).filter((path) => !path.endsWith(suffix)),
    );
    expect(strays.map((path) => relative(ROOT, path))).toEqual([]);
  });

  it('tells the chosen suffix from its variants', () => {
    const names = [
      'booking.controller.ts',
      'booking.controllers.ts',
      'campaign.entity.ts',
      'campaign.entities.ts',
      'identity.dto.ts',
      'dto.ts',
      'booking.views.ts',
      'booking-views.ts',
      'booking-views.service.ts',
      'reminder.job.ts',
      'reminder-job.ts',
      'slot-capacity.consumer.ts',
      'outreach-index.relay.ts',
      'notification.dispatcher.ts',
      'booking-errors.ts',
      'booking.errors.ts',
      'app-error.ts',
      'name-key.spec.ts',
      'name-key.test.ts',
      'services.ts',
    ];
    expect(names.filter(misnamed)).toEqual([
      'booking.controllers.ts',
      'campaign.entities.ts',
      'dto.ts',
      'booking-views.ts',
      'reminder-job.ts',
      'outreach-index.relay.ts',
      'notification.dispatcher.ts',
      'booking.errors.ts',
      'name-key.test.ts',
    ]);
  });
});
