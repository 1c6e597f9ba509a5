import { client } from './api/client';

/** Hands a file the API answered with (asked for with the signed-in person's token) to the browser to save. */
export async function downloadFile(answer: Promise<{ data: Blob }>, filename: string): Promise<void> {
  const { data: file } = await answer;
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves the booking as a calendar file. */
export const downloadIcs = (bookingId: string, code: string) =>
  downloadFile(
    client.GET('/api/v1/bookings/{id}/ics', { params: { path: { id: bookingId } }, parseAs: 'blob' }),
    `kepu-${code}.ics`,
  );
