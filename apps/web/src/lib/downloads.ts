import { api } from './api';

/** Fetches a file with the signed-in person's token, then hands it to the browser to save. */
export async function downloadFile(path: string, filename: string): Promise<void> {
  const file = await api<Blob>(path, { blob: true });
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
  downloadFile(`/bookings/${bookingId}/ics`, `kepu-${code}.ics`);
