import { defineConfig, Plugin } from 'vite';
import vue from '@vitejs/plugin-vue';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../../dist/web', import.meta.url));

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
  plugins: [vue(), precompress()],
  build: {
    outDir,
    emptyOutDir: true,
    // The one large chunk is ECharts (about 560 KB raw, 190 KB gzip), loaded only by the statistics pages.
    chunkSizeWarningLimit: 600,
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
