import { api } from './api';

/** Saves the booking as a calendar file; fetched with the visitor's token, then handed to the browser. */
export async function downloadIcs(bookingId: string, code: string): Promise<void> {
  const file = await api<Blob>(`/bookings/${bookingId}/ics`, { blob: true });
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = `kepu-${code}.ics`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
