import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiOkResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { ApiErrors, CoreErrors, IdParam, PageQueryDto, CorrelationId } from '@kepu/core';
import { Actor, CurrentActor, Public } from '@kepu/identity';
import { RegisterErrors } from '@kepu/register';
import { SearchErrors } from '@kepu/search';
import { OutreachErrors } from '../outreach-errors';
import { MenuItemsService } from './menu-items.service';
import { MenuItemContentDto, MenuItemCreateDto, MenuListDto, MenuMineDto, MenuReviewDto } from './menu.dto';
import {
  MenuItemContentView,
  MenuItemPage,
  MenuItemPrivatePage,
  MenuItemPrivateView,
  MenuItemView,
} from './menu.views';

@ApiTags('outreach')
@ApiBearerAuth()
// Named only by reference (the nullable approved content).
@ApiExtraModels(MenuItemContentView)
@Controller('outreach/menu')
export class MenuController {
  constructor(private readonly menu: MenuItemsService) {}

  /** The activity menu (科普活动菜单): published items' approved content, newest first. */
  @Public()
  @Get()
  @ApiErrors(SearchErrors.INVALID_BBOX)
  list(@Query() query: MenuListDto): Promise<MenuItemPage> {
    return this.menu.list(query);
  }

  /** The items of the operator's organisation in every status, newest first. */
  @Get('mine')
  @ApiErrors(RegisterErrors.ORGANISATION_REQUIRED, CoreErrors.NOT_FOUND)
  mine(@CurrentActor() actor: Actor, @Query() query: MenuMineDto): Promise<MenuItemPrivatePage> {
    return this.menu.mine(actor, query);
  }

  /** Items waiting for this administrator's review (providers in their regions), longest waiting first. */
  @Get('review-queue')
  reviewQueue(@CurrentActor() actor: Actor, @Query() query: PageQueryDto): Promise<MenuItemPrivatePage> {
    return this.menu.reviewQueue(actor, query);
  }

  /**
   * One menu item: its approved content, or, for its provider's operators and the administrators of
   * its region, the private view with the working content and its review.
   */
  @Public()
  @Get(':id')
  @ApiExtraModels(MenuItemView, MenuItemPrivateView)
  @ApiOkResponse({
    description: 'MenuItemPrivateView for its operators and reviewers, MenuItemView for everyone else',
    schema: { anyOf: [{ $ref: getSchemaPath(MenuItemView) }, { $ref: getSchemaPath(MenuItemPrivateView) }] },
  })
  get(
    @CurrentActor() actor: Actor | undefined,
    @IdParam('id') id: string,
  ): Promise<MenuItemView | MenuItemPrivateView> {
    return this.menu.get(actor, id);
  }

  /** A new draft item for a verified organisation the operator runs. */
  @Post()
  @ApiErrors(RegisterErrors.ORGANISATION_REQUIRED, OutreachErrors.PROVIDER_NOT_VERIFIED, OutreachErrors.NOT_A_DISTRICT)
  create(
    @CurrentActor() actor: Actor,
    @Body() body: MenuItemCreateDto,
    @CorrelationId() correlationId?: string,
  ): Promise<MenuItemPrivateView> {
    return this.menu.create(actor, body, correlationId);
  }

  /** Replaces the working content; an edit of a published item goes to review while the public keeps the approved one. */
  @Put(':id')
  @ApiErrors(OutreachErrors.MENU_ITEM_NOT_EDITABLE, OutreachErrors.NOT_A_DISTRICT)
  update(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() body: MenuItemContentDto,
    @CorrelationId() correlationId?: string,
  ): Promise<MenuItemPrivateView> {
    return this.menu.update(actor, id, body, correlationId);
  }

  /** Sends a draft, or an item returned for changes, for review. */
  @Post(':id/submit')
  @HttpCode(200)
  @ApiErrors(OutreachErrors.MENU_ITEM_NOTHING_TO_SUBMIT, OutreachErrors.MENU_ITEM_NOT_EDITABLE)
  submit(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @CorrelationId() correlationId?: string,
  ): Promise<MenuItemPrivateView> {
    return this.menu.submit(actor, id, correlationId);
  }

  /** Approves (publishes) the content waiting for review, asks for changes, or rejects it (a comment says why). */
  @Post(':id/review')
  @HttpCode(200)
  @ApiErrors(CoreErrors.REASON_REQUIRED, OutreachErrors.MENU_ITEM_NOT_SUBMITTED)
  review(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() body: MenuReviewDto,
    @CorrelationId() correlationId?: string,
  ): Promise<MenuItemPrivateView> {
    return this.menu.review(actor, id, body, correlationId);
  }

  /** Takes an item off the menu (or out of review) for good. */
  @Post(':id/withdraw')
  @HttpCode(200)
  @ApiErrors(OutreachErrors.MENU_ITEM_NOT_EDITABLE)
  withdraw(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @CorrelationId() correlationId?: string,
  ): Promise<MenuItemPrivateView> {
    return this.menu.withdraw(actor, id, correlationId);
  }
}
