import { Body, Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrors, IdParam, RateLimit } from '@kepu/core';
import { Actor, CurrentActor } from '@kepu/identity';
import { BookingErrors } from '../booking-errors';
import { SavedVisitorDto } from '../bookings/bookings.dto';
import { SavedVisitors } from './saved-visitors.service';
import { SavedVisitorView } from './saved-visitors.views';

@ApiTags('booking')
@ApiBearerAuth()
@Controller('saved-visitors')
export class SavedVisitorsController {
  constructor(private readonly saved: SavedVisitors) {}

  /** The people the caller books for (常用参观人), documents masked, oldest first. */
  @Get()
  @ApiOkResponse({ type: [SavedVisitorView] })
  list(@CurrentActor() actor: Actor): Promise<SavedVisitorView[]> {
    return this.saved.list(actor.accountId);
  }

  /** Keeps a person to book for later: a booking then names them by `savedVisitorId`. */
  @Post()
  @RateLimit({ account: 20, ip: 100 })
  @ApiCreatedResponse({ type: SavedVisitorView })
  @ApiErrors(
    BookingErrors.INVALID_ID_NUMBER,
    BookingErrors.VISITOR_CATEGORY_MISMATCH,
    BookingErrors.SAVED_VISITORS_FULL,
    BookingErrors.SAVED_VISITOR_EXISTS,
  )
  add(@CurrentActor() actor: Actor, @Body() body: SavedVisitorDto): Promise<SavedVisitorView> {
    return this.saved.add(actor, body);
  }

  /** Forgets a saved person: their name and document are deleted at once. */
  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted' })
  remove(@CurrentActor() actor: Actor, @IdParam('id') id: string): Promise<void> {
    return this.saved.remove(actor, id);
  }
}
