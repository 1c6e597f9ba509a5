import { api } from '../lib/api';

/**
 * Uploads a photo (public once a published venue shows it) or evidence (seen by the organisation and
 * its reviewers only); returns its id.
 */
export async function uploadMedia(file: File, purpose: 'photo' | 'evidence', organisationId?: string): Promise<string> {
  const form = new FormData();
  form.append('file', file);
  const query = new URLSearchParams({ purpose, ...(organisationId ? { organisationId } : {}) });
  const media = await api<{ id: string }>(`/media?${query}`, { method: 'POST', form });
  return media.id;
}
