import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrors, CoreErrors } from '@kepu/core';
import { Actor, CurrentActor } from '@kepu/identity';
import { OperatorDayQueryDto } from './operator-day.dto';
import { OperatorDay } from './operator-day.service';
import { OperatorDayView } from './operator-day.views';

@ApiTags('booking')
@ApiBearerAuth()
@Controller('console/operator')
export class OperatorDayController {
  constructor(private readonly day: OperatorDay) {}

  /**
   * The operator's day at a glance (工作台), in Shanghai time: for each of their venues (or the one
   * chosen), today's slots with booked, arrived, waiting, walk-ins and places left, the school
   * groups' requests to answer, the edit under review or returned, today's hours, the public
   * holidays ahead and the yearly re-confirmation.
   * @remarks For the venue's own operators; anyone else, its administrators too, is refused (403).
   */
  @Get('today')
  @ApiOkResponse({ type: OperatorDayView })
  @ApiErrors(CoreErrors.NOT_FOUND)
  today(@CurrentActor() actor: Actor, @Query() query: OperatorDayQueryDto): Promise<OperatorDayView> {
    return this.day.today(actor, query);
  }
}
