import { ref } from 'vue';
import type { ImportReport } from '../../../lib/api/models';

/**
 * The last import that flagged possible duplicates, kept for the session's page changes: the
 * census report links each flagged row to its duplicates page, and coming back shows the report
 * again rather than an empty form.
 */
export const lastFlaggedImport = ref<ImportReport>();
