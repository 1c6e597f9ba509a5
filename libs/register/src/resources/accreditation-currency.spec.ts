import { ConfigError, loadConfig } from '@kepu/core';
import { registerConfig } from '../register.config';
import { isCurrent, renewalsWithoutEvidence, shanghaiDate } from './accreditation-currency';
import type { Accreditation } from './resources.views';

const accreditation = (overrides: Partial<Accreditation> = {}): Accreditation => ({
  id: 'a1',
  name: '深圳市科普教育基地',
  level: 'municipal',
  yearGranted: 2022,
  expiresOn: '2027-06-30',
  evidenceId: 'e1',
  ...overrides,
});

describe('accreditations and their expiry (docs/register.md)', () => {
  it('counts an accreditation until the day it expires, in Shanghai', () => {
    // 23:30 UTC on the 29th is already the 30th in Shanghai.
    expect(shanghaiDate(new Date('2027-06-29T23:30:00Z'))).toBe('2027-06-30');
    expect(isCurrent(accreditation(), '2027-06-29')).toBe(true);
    expect(isCurrent(accreditation(), '2027-06-30')).toBe(false);
    expect(isCurrent(accreditation({ expiresOn: null }), '2099-01-01')).toBe(true);
  });

  it('asks new evidence for a renewal or a new accreditation of a published resource, nothing else', () => {
    const published = [accreditation()];
    expect(renewalsWithoutEvidence(published, [accreditation({ name: '改名' })])).toEqual([]);
    expect(renewalsWithoutEvidence(published, [accreditation({ expiresOn: '2027-01-01' })])).toEqual([]);
    expect(renewalsWithoutEvidence(published, [accreditation({ expiresOn: '2030-06-30', evidenceId: 'e2' })])).toEqual(
      [],
    );
    const fields = (next: Accreditation[]) => renewalsWithoutEvidence(published, next).map((d) => d.field);
    expect(fields([accreditation({ expiresOn: '2030-06-30' })])).toEqual(['accreditations.0.evidenceId']);
    expect(fields([accreditation({ expiresOn: null })])).toEqual(['accreditations.0.evidenceId']);
    expect(fields([accreditation({ expiresOn: '2030-06-30', evidenceId: null })])).toEqual([
      'accreditations.0.evidenceId',
    ]);
    expect(fields([accreditation(), accreditation({ id: 'a2', evidenceId: null })])).toEqual([
      'accreditations.1.evidenceId',
    ]);
  });

  it('takes the re-confirmation periods from the configuration, checked at start', () => {
    expect(loadConfig({}, [registerConfig]).register).toEqual({ reconfirmMonths: 12, hideAfterMonths: 15 });
    expect(
      loadConfig({ REGISTER_RECONFIRM_MONTHS: '6', REGISTER_HIDE_AFTER_MONTHS: '9' }, [registerConfig]).register,
    ).toEqual({
      reconfirmMonths: 6,
      hideAfterMonths: 9,
    });
    expect(() =>
      loadConfig({ REGISTER_RECONFIRM_MONTHS: '12', REGISTER_HIDE_AFTER_MONTHS: '12' }, [registerConfig]),
    ).toThrow(ConfigError);
    expect(() => loadConfig({ REGISTER_RECONFIRM_MONTHS: '1' }, [registerConfig])).toThrow(/REGISTER_RECONFIRM_MONTHS/);
    expect(() => loadConfig({ REGISTER_HIDE_AFTER_MONTHS: 'soon' }, [registerConfig])).toThrow(
      /REGISTER_HIDE_AFTER_MONTHS/,
    );
  });
});
