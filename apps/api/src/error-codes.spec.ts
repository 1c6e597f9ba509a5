import { definedErrors, definedProblems, isConfigVariables, VALIDATOR_TEXT } from '@kepu/core';
import { getMetadataStorage, ValidationTypes } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { ApiModule } from './app.module';

const CHINESE = /[\u4e00-\u9fff]/;
/** English with no Chinese in it, but for words the reader must see as written: quoted, or glossed `学生 (student)`. */
const chineseInEnglish = (en: string) =>
  CHINESE.test(en.replace(/“[^”]*”|"[^"]*"/g, '').replace(/[\u4e00-\u9fff]+ \([^)]*\)/g, ''));
/** The facts a message names; `{dayZh}` and `{dayEn}` are one fact, written in each language. */
const placeholders = (text: string) => [...text.matchAll(/\{(\w+?)(?:Zh|En)?\}/g)].map((m) => m[1]).sort();

/** Rules that never fail on their own: presence switches and nesting, whose children carry the words. */
const SILENT_RULES: string[] = [ValidationTypes.CONDITIONAL_VALIDATION, ValidationTypes.IS_DEFINED];

/** Every class-validator rule of every class the API loaded (the settings read at start are operators', not visitors'). */
function everyRule(): ValidationMetadata[] {
  const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<unknown, ValidationMetadata[]> };
  return [...storage.validationMetadatas.values()].flat().filter((rule) => !isConfigVariables(rule.target));
}

/**
 * Every lib the API loads defines its errors with defineErrors, which refuses a code another lib
 * took: loading the app module at all proves the codes are unique. Each one also reads well, and
 * so does every field problem a refusal may list (docs/api.md, "Errors").
 */
describe('the error catalogue of the whole API', () => {
  it('has unique codes, each with a status and a message in Chinese and in English', () => {
    expect(ApiModule).toBeDefined();
    const definitions = definedErrors();
    expect(definitions.length).toBeGreaterThan(100);
    expect(new Set(definitions.map((definition) => definition.code)).size).toBe(definitions.length);
    for (const { code, status, zh, en } of definitions) {
      expect([code, status >= 400 && status < 600]).toEqual([code, true]);
      expect([code, CHINESE.test(zh), /[A-Za-z]/.test(en), chineseInEnglish(en)]).toEqual([code, true, true, false]);
    }
  });

  it('gives every field problem a Chinese and an English message naming the same facts', () => {
    const problems = definedProblems();
    expect(problems.length).toBeGreaterThan(50);
    for (const { problem, zh, en } of problems) {
      expect([problem, CHINESE.test(zh), /[A-Za-z]/.test(en), chineseInEnglish(en)]).toEqual([
        problem,
        true,
        true,
        false,
      ]);
      expect([problem, placeholders(zh)]).toEqual([problem, placeholders(en)]);
    }
  });

  it('gives every validation rule of every request words in both languages: its own, or its kind’s', () => {
    const rules = everyRule().filter((rule) => !SILENT_RULES.includes(rule.type));
    expect(rules.length).toBeGreaterThan(300);
    const unexplained = rules
      .filter((rule) => {
        const own = rule.context as { zh?: string; en?: string } | undefined;
        const text = VALIDATOR_TEXT[rule.name ?? rule.type];
        const [zh, en] = own?.zh && own.en ? [own.zh, own.en] : [text?.zh, text?.en];
        return !(zh && en && CHINESE.test(zh) && !chineseInEnglish(en));
      })
      .map((rule) => `${(rule.target as { name: string }).name}.${rule.propertyName}: ${rule.name ?? rule.type}`);
    expect(unexplained).toEqual([]);
  });
});
