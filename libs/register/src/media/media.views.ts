/** What the media endpoints answer. */
import type { MediaPurpose } from './media.entity';

/** An uploaded file, as stored: its metadata stripped, its type what its content is. */
export class MediaView {
  id!: string;
  /** A photo is public once a published resource shows it; evidence never is. */
  purpose!: MediaPurpose;
  /** What the file really is (`image/jpeg`, `image/png`, `image/webp`, `application/pdf`). */
  contentType!: string;
  sizeBytes!: number;
  /** Null for a PDF. */
  width!: number | null;
  height!: number | null;
  /** Where it is served: `/api/v1/media/{id}`. */
  url!: string;
}
