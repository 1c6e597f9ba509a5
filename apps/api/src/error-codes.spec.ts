import { definedErrors } from '@kepu/core';
import { ApiModule } from './app.module';

/**
 * Every lib the API loads defines its errors with defineErrors, which refuses a code another lib
 * took: loading the app module at all proves the codes are unique. Each one also reads well.
 */
describe('error codes of the whole API', () => {
  it('are unique, each with a status and a message in Chinese and English', () => {
    expect(ApiModule).toBeDefined();
    const definitions = definedErrors();
    expect(definitions.length).toBeGreaterThan(100);
    expect(new Set(definitions.map((definition) => definition.code)).size).toBe(definitions.length);
    for (const { code, status, zh, en } of definitions) {
      expect([code, status >= 400 && status < 600]).toEqual([code, true]);
      expect([code, /[\u4e00-\u9fff]/.test(zh), /[A-Za-z]/.test(en)]).toEqual([code, true, true]);
    }
  });
});
