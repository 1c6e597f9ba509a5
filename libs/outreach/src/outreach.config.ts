import { defineConfigSlice, WholeNumber } from '@kepu/core';

class OutreachVariables {
  @WholeNumber(1, 60)
  OUTREACH_ESCALATE_AFTER_DAYS?: number;
}

/** An order nobody took for `escalateAfterDays` goes to the district's administrators; for twice as long, to the city's. */
export interface OutreachSettings {
  escalateAfterDays: number;
}

/** Outreach's configuration slice, at `config.outreach` (docs/configuration.md). */
export const outreachConfig = defineConfigSlice({
  key: 'outreach',
  variables: OutreachVariables,
  read: (raw): OutreachSettings => ({ escalateAfterDays: raw.OUTREACH_ESCALATE_AFTER_DAYS ?? 3 }),
});
