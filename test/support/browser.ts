import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { startTestApp, type TestApp } from './test-app';

/** Debian's Chromium (installed by .ci/run when missing); CHROMIUM_PATH may point elsewhere. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless flags for this closed network: without the background-networking ones Chromium keeps dialling out. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const launchBrowser = (extraArgs: string[] = []): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, ...extraArgs] });

/**
 * A test app listening on a port of its own, its address as the browser reaches it, and a
 * browser; `close()` ends both.
 */
export async function startBrowserApp(
  ...options: Parameters<typeof startTestApp>
): Promise<{ t: TestApp; base: string; browser: Browser; close: () => Promise<void> }> {
  const t = await startTestApp(...options);
  await t.app.listen(0, '127.0.0.1');
  const base = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
  const browser = await launchBrowser();
  return {
    t,
    base,
    browser,
    close: async () => {
      await browser.close();
      await t.close();
    },
  };
}

/**
 * Chromium flags for a camera that films this picture (a PNG) forever, allowed without asking:
 * the picture becomes a Y4M clip, which Chromium's fake capture device plays in a loop.
 */
export function fakeCamera(png: Buffer): string[] {
  const image = PNG.sync.read(png);
  // 4:2:0 needs even sides; a white border also helps the decoder find the code.
  const side = (n: number) => n + 80 + ((n + 80) % 2);
  const width = side(image.width);
  const height = side(image.height);
  const luma = Buffer.alloc(width * height, 235);
  for (let y = 0; y < image.height; y++)
    for (let x = 0; x < image.width; x++) {
      const i = (y * image.width + x) * 4;
      const [r, g, b] = [image.data[i], image.data[i + 1], image.data[i + 2]];
      luma[(y + 40) * width + x + 40] = Math.round(16 + (65.738 * r + 129.057 * g + 25.064 * b) / 256);
    }
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const file = join(mkdtempSync(join(tmpdir(), 'kepu-camera-')), 'qr.y4m');
  writeFileSync(
    file,
    Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\nFRAME\n`), luma, chroma]),
  );
  return [
    '--use-fake-device-for-media-stream',
    '--use-fake-ui-for-media-stream',
    `--use-file-for-fake-video-capture=${file}`,
  ];
}

/** A phone-sized screen, where most families use the portal. */
export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

export const ARTIFACTS = join(__dirname, '..', 'artifacts');

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** WCAG 2.1 A/AA violations axe rates serious or critical on the page as it is now. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/**
 * Signs in through the login page as a demo account, by password (every demo account has the same
 * one): a code is the page's first way in, a password its second.
 */
export async function signInAs(page: Page, login: string, next = '/console'): Promise<void> {
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await signInByPassword(page, login);
}

/** On the login page: the password way in, filled and sent; waits until the page has moved on. */
export async function signInByPassword(page: Page, login: string, password = 'kepu-demo-2026'): Promise<void> {
  await page.getByRole('radio', { name: '密码登录' }).check();
  await page.getByLabel('手机号或邮箱').fill(login);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.waitForURL((url) => url.pathname !== '/login');
}

/**
 * A page in a context of its own (a desktop, or a phone), Chinese first, at `next`: signed in as a
 * demo account, or anonymous without a login. The caller closes `page.context()`.
 */
export async function pageAt(
  browser: Browser,
  base: string,
  login: string | undefined,
  next: string,
  options: { phone?: boolean; acceptDownloads?: boolean } = {},
): Promise<Page> {
  const context = await browser.newContext({
    ...(options.phone ? PHONE : { viewport: { width: 1280, height: 900 } }),
    baseURL: base,
    locale: 'zh-CN',
    acceptDownloads: options.acceptDownloads ?? false,
  });
  const page = await context.newPage();
  if (login) await signInAs(page, login, next);
  else await page.goto(next);
  return page;
}
