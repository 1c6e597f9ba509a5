import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { commandLine, isAlive } from './processes';

/**
 * One launcher per data directory. A lock left by a launcher that crashed is taken over (its
 * servers are then orphans that the service starters stop); a lock held by a live launcher is
 * refused, so a second `npm start` or `npm run migrate` cannot pull the database from under it.
 */
export async function lockDataDir(dataDir: string): Promise<() => void> {
  const file = join(dataDir, 'kepu.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(readFileSync(file, 'utf8'), 10);
      if (holder !== process.pid && isAlive(holder) && (await commandLine(holder)).includes('node')) {
        throw new Error(
          `Another Kepu (pid ${holder}) is running on ${dataDir}. Stop it first, or set KEPU_DATA_DIR to another directory.`,
        );
      }
      rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not lock ${dataDir}`);
}
