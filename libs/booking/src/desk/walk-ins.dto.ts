import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min, NotEquals } from 'class-validator';

/** `POST /slots/{id}/walk-ins`: people admitted without a booking; a negative count corrects a mistake. */
export class WalkInsDto {
  @ApiProperty({ example: 3, minimum: -500, maximum: 500, description: 'people admitted; negative to correct' })
  @IsInt()
  @Min(-500)
  @Max(500)
  @NotEquals(0, { message: 'count must not be 0' })
  count!: number;
}

/** A slot's walk-in tally after a change, with the places it leaves. */
export class WalkInsView {
  slotId!: string;
  /** Everyone admitted to the slot without a booking so far. */
  walkIns!: number;
  capacity!: number;
  /** Places taken: bookings and walk-ins. */
  booked!: number;
  remaining!: number;
}
