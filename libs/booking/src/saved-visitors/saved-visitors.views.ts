import { ApiProperty } from '@nestjs/swagger';
import { DOCUMENT_TYPES, DocumentType } from '@kepu/core';
import { VISITOR_CATEGORIES, VisitorCategory } from '../bookings/booking.entity';

/** Someone the account books for, with the document masked: a booking names them by `id`. */
export class SavedVisitorView {
  id!: string;
  name!: string;
  @ApiProperty({ enum: VISITOR_CATEGORIES })
  category!: VisitorCategory;
  @ApiProperty({ type: 'string', nullable: true, enum: [...DOCUMENT_TYPES, null] })
  documentType!: DocumentType | null;
  /** Masked (`4403**********123X`); null when none was kept. */
  documentNumber!: string | null;
  documentCountry!: string | null;
  /** From the document, where it carries one (`YYYY-MM-DD`): the booking form works out the category by it. */
  birthDate!: string | null;
  createdAt!: Date;
}
