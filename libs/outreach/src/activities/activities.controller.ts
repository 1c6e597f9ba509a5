import { Body, Controller, Delete, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiErrors, IdParam, RateLimit, CorrelationId } from '@kepu/core';
import { Actor, CurrentActor } from '@kepu/identity';
import { OutreachErrors } from '../outreach-errors';
import { ActivitiesService } from './activities.service';
import {
  ActivityListDto,
  CompleteActivityDto,
  RateActivityDto,
  ScheduleActivityDto,
  SignCodeDto,
} from './activities.dto';
import { ActivityPage, ActivityView, AttendanceView } from './activities.views';

/** The refusals of a volunteer's action on an activity whose order is no longer planned. */
const VOLUNTEER_ERRORS = [OutreachErrors.ORDER_WRONG_STATE];
/** Codes are six digits, so guessing is throttled. */
const SIGN_LIMIT = { account: 10, ip: 30 };
const SIGN_ERRORS = [
  ...VOLUNTEER_ERRORS,
  OutreachErrors.SIGN_IN_NOT_OPEN,
  OutreachErrors.SIGN_CODE_WRONG,
  OutreachErrors.ALREADY_SIGNED_OUT,
];

@ApiTags('outreach')
@ApiBearerAuth()
@Controller('outreach')
export class ActivitiesController {
  constructor(private readonly activities: ActivitiesService) {}

  /**
   * The provider sets (or moves) the time and the lead of an order it holds.
   * @remarks The day is within the order's window, the start in the future, the end after it and at
   * most a day later; the lead is an active operator or volunteer of the provider. Each call draws
   * a fresh sign-in code; the orderer is asked to confirm.
   */
  @Post('orders/:id/schedule')
  @HttpCode(200)
  @ApiErrors(OutreachErrors.ORDER_WRONG_STATE, OutreachErrors.OUTSIDE_ORDER_WINDOW, OutreachErrors.LEAD_NOT_A_MEMBER)
  schedule(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() body: ScheduleActivityDto,
    @CorrelationId() correlationId?: string,
  ): Promise<ActivityView> {
    return this.activities.schedule(actor, id, body, correlationId);
  }

  /** The orderer confirms the time the provider set; volunteers may then join. */
  @Post('orders/:id/confirm')
  @HttpCode(200)
  @ApiErrors(OutreachErrors.ORDER_WRONG_STATE)
  confirm(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @CorrelationId() correlationId?: string,
  ): Promise<ActivityView> {
    return this.activities.confirm(actor, id, correlationId);
  }

  /**
   * After the activity the provider records the people reached and completes it.
   * @remarks Volunteers still signed in are signed out at the scheduled end and credited by the 60 % rule.
   */
  @Post('orders/:id/complete')
  @HttpCode(200)
  @ApiErrors(OutreachErrors.ORDER_WRONG_STATE, OutreachErrors.ACTIVITY_NOT_OVER)
  complete(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() body: CompleteActivityDto,
    @CorrelationId() correlationId?: string,
  ): Promise<ActivityView> {
    return this.activities.complete(actor, id, body, correlationId);
  }

  /**
   * The orderer rates a completed activity once, 1 to 5 with an optional comment.
   * @remarks A 1 or a 2 is flagged to the district's administrators.
   */
  @Post('orders/:id/rating')
  @HttpCode(200)
  @ApiErrors(OutreachErrors.ORDER_WRONG_STATE, OutreachErrors.ALREADY_RATED)
  rate(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() body: RateActivityDto,
    @CorrelationId() correlationId?: string,
  ): Promise<ActivityView> {
    return this.activities.rate(actor, id, body, correlationId);
  }

  /** The coming activities of the teams the caller volunteers for, soonest first, with whether the caller joined. */
  @Get('activities')
  list(@CurrentActor() actor: Actor, @Query() query: ActivityListDto): Promise<ActivityPage> {
    return this.activities.list(actor, query);
  }

  /** One activity: with its sign-in code and volunteers for the provider's operators and its lead. */
  @Get('activities/:id')
  get(@CurrentActor() actor: Actor, @IdParam('id') id: string): Promise<ActivityView> {
    return this.activities.get(actor, id);
  }

  /** A volunteer of the provider joins an activity before it starts. */
  @Post('activities/:id/join')
  @HttpCode(200)
  @ApiErrors(...VOLUNTEER_ERRORS, OutreachErrors.ACTIVITY_STARTED)
  join(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @CorrelationId() correlationId?: string,
  ): Promise<ActivityView> {
    return this.activities.join(actor, id, correlationId);
  }

  /** A volunteer leaves an activity before it starts. */
  @Delete('activities/:id/join')
  @ApiErrors(...VOLUNTEER_ERRORS, OutreachErrors.ACTIVITY_STARTED)
  leave(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @CorrelationId() correlationId?: string,
  ): Promise<ActivityView> {
    return this.activities.leave(actor, id, correlationId);
  }

  /**
   * A volunteer of the provider signs in with the lead's 6-digit code (joining if they had not).
   * @remarks Open from 60 minutes before the start to 120 minutes after the end; signing in again keeps the first time.
   */
  @Post('activities/:id/sign-in')
  @HttpCode(200)
  @RateLimit(SIGN_LIMIT)
  @ApiErrors(...SIGN_ERRORS)
  signIn(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() body: SignCodeDto,
    @CorrelationId() correlationId?: string,
  ): Promise<AttendanceView> {
    return this.activities.signIn(actor, id, body, correlationId);
  }

  /**
   * A volunteer signs out with the code; the time is credited if it reaches 60 % of the scheduled duration.
   * @remarks Otherwise nothing is credited (`creditedMinutes` 0) and `note` says why.
   */
  @Post('activities/:id/sign-out')
  @HttpCode(200)
  @RateLimit(SIGN_LIMIT)
  @ApiErrors(...SIGN_ERRORS, OutreachErrors.NOT_SIGNED_IN)
  signOut(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() body: SignCodeDto,
    @CorrelationId() correlationId?: string,
  ): Promise<AttendanceView> {
    return this.activities.signOut(actor, id, body, correlationId);
  }
}
