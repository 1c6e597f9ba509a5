import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, pageAt, screenshot, seriousViolations } from '../support/browser';
import { plainJpeg } from '../support/images';
import { createDraft, publish } from '../support/register';
import { scheduledVenue } from '../support/schedule';
import { bearer, signIn, SignedIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

jest.setTimeout(120_000);

/**
 * What the consoles show of text and photos the public does not (yet) see: the administrator's list
 * of offering text that changed without review, and photos of an edit under review, which only a
 * signed-in request may fetch.
 */
describe('unreviewed text and private photos in the consoles, in a browser', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let operator: SignedIn, city: SignedIn;

  async function pageAs(login: string, next: string): Promise<Page> {
    const page = await pageAt(browser, base, login, next);
    contexts.push(page.context());
    return page;
  }

  /** Whether every picture matching the selector has been decoded (a broken or missing one has no width). */
  const picturesShown = (page: Page, selector: string) =>
    page
      .locator(selector)
      .evaluateAll((images) => images.map((image) => Number((image as { naturalWidth?: number }).naturalWidth) > 0));

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    base = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
    browser = await launchBrowser();
    [operator, city] = await Promise.all([signIn(t, 'operator@demo.kepu'), signIn(t, 'city-admin@demo.kepu')]);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await t.close();
  });

  it('lists an offering’s changed title to the district administrator, before and after', async () => {
    const { resourceId, offeringId } = await scheduledVenue(t, operator, city);
    await t
      .http()
      .patch(`/api/v1/offerings/${offeringId}`)
      .set(bearer(operator))
      .send({ title: '限时免费抽奖' })
      .expect(200);
    const page = await pageAs('futian-admin@demo.kepu', '/console/admin/review');
    const change = page.locator(`.public-text article[data-resource="${resourceId}"]`).first();
    await change.waitFor();
    expect(await change.locator('h3').textContent()).toContain('预约项目“限时免费抽奖”');
    expect(await change.locator('.meta').textContent()).toContain('科学馆运营人员（演示）');
    expect(await change.locator('tr[data-field="title"] th').textContent()).toBe('项目名称');
    expect(await change.locator('tr[data-field="title"] td.before').textContent()).toContain('常设展厅参观');
    expect(await change.locator('tr[data-field="title"] td.after').textContent()).toContain('限时免费抽奖');
    await screenshot(page, 'admin-public-text-changes');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows photos no published venue shows yet to the operator editing them and the administrator reviewing them', async () => {
    const uploaded = await t
      .http()
      .post('/api/v1/media')
      .set(bearer(operator))
      .attach('file', plainJpeg(), { filename: 'hall.jpg', contentType: 'image/jpeg' })
      .expect(201);
    const photos = [{ mediaId: uploaded.body.id, caption: '新展厅' }];
    const resourceId = await createDraft(t, operator);
    await publish(t, resourceId, operator, city);
    await t.http().patch(`/api/v1/resources/${resourceId}`).set(bearer(operator)).send({ photos }).expect(200);
    await t.http().post(`/api/v1/resources/${resourceId}/submit`).set(bearer(operator)).expect(200);
    await t.http().get(`/api/v1/media/${uploaded.body.id}`).expect(404);

    const editor = await pageAs('operator@demo.kepu', `/console/operator/venues/${resourceId}`);
    await editor.locator('.photo-list img[alt="新展厅"]').waitFor();
    expect(await picturesShown(editor, '.photo-list img')).toEqual([true]);
    const reviewer = await pageAs('futian-admin@demo.kepu', `/console/admin/review/${resourceId}`);
    await reviewer.locator('tr[data-field="photos"] td.after img').waitFor();
    expect(await picturesShown(reviewer, 'tr[data-field="photos"] td.after img')).toEqual([true]);
  });
});
