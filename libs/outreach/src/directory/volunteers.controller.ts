import { Body, Controller, Get, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrors, IdParam, CorrelationId } from '@kepu/core';
import { Actor, CurrentActor, IdentityErrors } from '@kepu/identity';
import { OutreachErrors } from '../outreach-errors';
import { ManualHoursDto, VolunteerProfileDto } from './volunteers.dto';
import { ManualHoursView, VolunteerProfileView, VolunteerRecordView } from './volunteers.views';
import { VolunteersService } from './volunteers.service';

@ApiTags('outreach')
@ApiBearerAuth()
@Controller('volunteers')
export class VolunteersController {
  constructor(private readonly volunteers: VolunteersService) {}

  /**
   * The caller's volunteer record: profile, teams, activities, credited and hand-added hours.
   * @remarks Any signed-in account may ask; one that never volunteered gets an empty record.
   */
  @Get('me')
  me(@CurrentActor() actor: Actor): Promise<VolunteerRecordView> {
    return this.volunteers.me(actor);
  }

  /** Writes the caller's volunteer profile (the name on the certificate, skills, districts served). */
  @Put('me/profile')
  @ApiErrors(IdentityErrors.ACCOUNT_NOT_VERIFIED, OutreachErrors.NOT_A_DISTRICT)
  putProfile(
    @CurrentActor() actor: Actor,
    @Body() body: VolunteerProfileDto,
    @CorrelationId() correlationId?: string,
  ): Promise<VolunteerProfileView> {
    return this.volunteers.putProfile(actor, body, correlationId);
  }

  /**
   * An administrator of the team's region adds hours by hand for one of the team's volunteers.
   * @remarks Kept apart from the hours credited by signing in and out, and marked as hand-added.
   */
  @Post(':accountId/hours')
  @ApiCreatedResponse({ type: ManualHoursView, description: 'Added' })
  @ApiErrors(OutreachErrors.NOT_A_TEAM_VOLUNTEER)
  addHours(
    @CurrentActor() actor: Actor,
    @IdParam('accountId') accountId: string,
    @Body() body: ManualHoursDto,
    @CorrelationId() correlationId?: string,
  ): Promise<ManualHoursView> {
    return this.volunteers.addHours(actor, accountId, body, correlationId);
  }
}
