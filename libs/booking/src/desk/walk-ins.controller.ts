import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrors, CorrelationId, IdParam } from '@kepu/core';
import { Actor, CurrentActor } from '@kepu/identity';
import { BookingErrors } from '../booking-errors';
import { WalkInsDto, WalkInsView } from './walk-ins.dto';
import { WalkIns } from './walk-ins.service';

@ApiTags('booking')
@ApiBearerAuth()
@Controller('slots')
export class WalkInsController {
  constructor(private readonly walkIns: WalkIns) {}

  /**
   * Records people admitted to a slot without a booking: they take its places and count in the
   * statistics (docs/booking-rules.md, "Walk-ins"). A negative count corrects an earlier tally.
   */
  @Post(':id/walk-ins')
  @HttpCode(200)
  @ApiOkResponse({ type: WalkInsView })
  @ApiErrors(
    BookingErrors.SLOT_CANCELLED,
    BookingErrors.WALK_INS_NOT_TODAY,
    BookingErrors.CHECK_IN_NOT_OPEN,
    BookingErrors.WALK_INS_OVER_CAPACITY,
    BookingErrors.WALK_INS_BELOW_ZERO,
  )
  record(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() body: WalkInsDto,
    @CorrelationId() correlationId?: string,
  ): Promise<WalkInsView> {
    return this.walkIns.record(actor, id, body, correlationId);
  }
}
