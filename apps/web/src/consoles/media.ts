import { client, formBody } from '../lib/api/client';

/**
 * Uploads a photo (public once a published venue shows it) or evidence (seen by the organisation and
 * its reviewers only); returns its id.
 */
export async function uploadMedia(file: File, purpose: 'photo' | 'evidence', organisationId?: string): Promise<string> {
  const form = new FormData();
  form.append('file', file);
  const { data: media } = await client.POST('/api/v1/media', {
    params: { query: { purpose, ...(organisationId ? { organisationId } : {}) } },
    body: formBody(form),
  });
  return media.id;
}
