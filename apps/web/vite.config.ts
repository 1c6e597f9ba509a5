import { defineConfig, Plugin } from 'vite';
import vue from '@vitejs/plugin-vue';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';

const root = fileURLToPath(new URL('.', import.meta.url));
/** KEPU_WEB_DIST lets parallel work build and serve copies of its own (the API reads the same variable). */
const outDir = process.env.KEPU_WEB_DIST ?? fileURLToPath(new URL('../../dist/web', import.meta.url));

/**
 * The consoles' service worker (src/offline/service-worker.ts, docs/booking-rules.md, "Offline
 * check-in"), built as /sw.js beside the app, with the list of every file the build wrote and a
 * hash of their contents in place of its SHELL: a new build is a new worker, which replaces the
 * kept copy. Hand-made rather than vite-plugin-pwa: it is one small file, and Workbox's build
 * (Babel, Rollup and Terser of its own) would add a long tree of packages and seconds to every build.
 */
function serviceWorker(): Plugin {
  const source = fileURLToPath(new URL('./src/offline/service-worker.ts', import.meta.url));
  const publicDir = fileURLToPath(new URL('./public', import.meta.url));
  return {
    name: 'kepu-service-worker',
    apply: 'build',
    enforce: 'post',
    buildStart() {
      this.emitFile({ type: 'chunk', id: source, fileName: 'sw.js' });
    },
    generateBundle(_options, bundle) {
      const sw = bundle['sw.js'];
      if (!sw || sw.type !== 'chunk') return this.error('sw.js was not built');
      const hash = createHash('sha256');
      const files: string[] = [];
      for (const [name, item] of Object.entries(bundle).sort(([a], [b]) => a.localeCompare(b))) {
        // The manifest is for the API (which files a page needs), not a file the app fetches.
        if (name === 'sw.js' || name.endsWith('.map') || name.startsWith('.vite/')) continue;
        files.push(`/${name}`);
        hash.update(name).update(item.type === 'chunk' ? item.code : item.source);
      }
      if (!files.includes('/index.html')) return this.error('index.html is not in the bundle yet');
      for (const name of readdirSync(publicDir).sort()) {
        files.push(`/${name}`);
        hash.update(name).update(readFileSync(join(publicDir, name)));
      }
      const placeholder = /(["'])__KEPU_SHELL__\1/;
      if (!placeholder.test(sw.code)) return this.error('the service worker has no __KEPU_SHELL__ to fill in');
      const shell = { version: hash.digest('hex').slice(0, 16), files };
      // A string literal for the worker's JSON.parse.
      sw.code = sw.code.replace(placeholder, () => JSON.stringify(JSON.stringify(shell)));
    },
  };
}

/** Brotli and gzip copies of every text file, which the API serves to browsers that accept them. */
function precompress(): Plugin {
  return {
    name: 'kepu-precompress',
    apply: 'build',
    closeBundle() {
      const visit = (dir: string) => {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
          const path = join(dir, entry.name);
          if (entry.isDirectory()) visit(path);
          else if (/\.(js|css|html|svg|json)$/.test(entry.name)) {
            const content = readFileSync(path);
            writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }));
            writeFileSync(
              `${path}.br`,
              brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
            );
          }
        }
      };
      visit(outDir);
    },
  };
}

export default defineConfig({
  root,
  // Every component is <script setup>: Vue's Options API support stays out of the bundle.
  plugins: [vue({ features: { optionsAPI: false } }), serviceWorker(), precompress()],
  build: {
    outDir,
    emptyOutDir: true,
    // Which files each page needs: the API sends a venue page with its code preloaded (apps/api/src/web-app.ts).
    manifest: true,
    // The one large chunk is ECharts (about 560 KB raw, 190 KB gzip), loaded only by the statistics pages.
    chunkSizeWarningLimit: 600,
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
