import { IsString, IsUUID, Length } from 'class-validator';

/** Merges the resource into another: it redirects there, and its history, offerings, bookings and figures move. */
export class MergeDto {
  /** The resource that is kept. */
  @IsUUID()
  into!: string;

  /** Why, for the history of both. */
  @IsString()
  @Length(1, 500)
  reason!: string;
}
