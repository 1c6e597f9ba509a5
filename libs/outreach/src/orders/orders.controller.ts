import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiErrors, CoreErrors, IdParam, RateLimit, CorrelationId } from '@kepu/core';
import { Actor, CurrentActor } from '@kepu/identity';
import { OutreachErrors } from '../outreach-errors';
import { OrderAssignDto, OrderClaimDto, OrderCreateDto, OrderListDto, OrderReasonDto } from './orders.dto';
import { OrderPage, OrderView } from './orders.views';
import { OrdersService } from './orders.service';

@ApiTags('outreach')
@ApiBearerAuth()
@Controller('outreach/orders')
export class OrdersController {
  constructor(private readonly orders: OrdersService) {}

  /**
   * A teacher of a verified school or a worker of a verified community orders a published menu
   * item, or writes a free request; the district of the place is told.
   */
  @Post()
  @RateLimit({ account: 20, ip: 60 })
  @ApiErrors(
    CoreErrors.UNKNOWN_REGION,
    OutreachErrors.ORDERER_NOT_VERIFIED,
    OutreachErrors.NOT_A_DISTRICT,
    OutreachErrors.MENU_ITEM_NOT_AVAILABLE,
    OutreachErrors.DISTRICT_NOT_SERVED,
    OutreachErrors.HEADCOUNT_OUT_OF_RANGE,
    OutreachErrors.INSIDE_LEAD_TIME,
  )
  create(
    @CurrentActor() actor: Actor,
    @Body() body: OrderCreateDto,
    @CorrelationId() correlationId?: string,
  ): Promise<OrderView> {
    return this.orders.create(actor, body, correlationId);
  }

  /** One board of orders (`view`): the caller's own, their organisation's, their district's, or those open to claim. */
  @Get()
  list(@CurrentActor() actor: Actor, @Query() query: OrderListDto): Promise<OrderPage> {
    return this.orders.list(actor, query);
  }

  /** One order, for its orderer, its provider, the district's administrators, or any provider while it is open. */
  @Get(':id')
  get(@CurrentActor() actor: Actor, @IdParam('id') id: string): Promise<OrderView> {
    return this.orders.get(actor, id);
  }

  /** The district assigns a waiting order to a verified provider, which is told. */
  @Post(':id/assign')
  @HttpCode(200)
  @ApiErrors(OutreachErrors.ORDER_WRONG_STATE, OutreachErrors.PROVIDER_NOT_VERIFIED, OutreachErrors.DECLINED_BEFORE)
  assign(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() body: OrderAssignDto,
    @CorrelationId() correlationId?: string,
  ): Promise<OrderView> {
    return this.orders.assign(actor, id, body, correlationId);
  }

  /** The district opens a submitted order for claims by the providers serving its district. */
  @Post(':id/open')
  @HttpCode(200)
  @ApiErrors(OutreachErrors.ORDER_WRONG_STATE)
  open(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @CorrelationId() correlationId?: string,
  ): Promise<OrderView> {
    return this.orders.open(actor, id, correlationId);
  }

  /** A provider serving the district claims an open order: the first claim wins. */
  @Post(':id/claim')
  @HttpCode(200)
  @ApiErrors(
    OutreachErrors.ORDER_ALREADY_TAKEN,
    OutreachErrors.ORDER_WRONG_STATE,
    OutreachErrors.PROVIDER_DOES_NOT_SERVE,
    OutreachErrors.DECLINED_BEFORE,
  )
  claim(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() body: OrderClaimDto,
    @CorrelationId() correlationId?: string,
  ): Promise<OrderView> {
    return this.orders.claim(actor, id, body, correlationId);
  }

  /** The provider holding an order declines it with a reason; it goes back to the district. */
  @Post(':id/decline')
  @HttpCode(200)
  @ApiErrors(OutreachErrors.ORDER_WRONG_STATE)
  decline(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() body: OrderReasonDto,
    @CorrelationId() correlationId?: string,
  ): Promise<OrderView> {
    return this.orders.decline(actor, id, body, correlationId);
  }

  /** The orderer or the district cancels an order that is not over yet. */
  @Post(':id/cancel')
  @HttpCode(200)
  @ApiErrors(OutreachErrors.ORDER_WRONG_STATE)
  cancel(
    @CurrentActor() actor: Actor,
    @IdParam('id') id: string,
    @Body() body: OrderReasonDto,
    @CorrelationId() correlationId?: string,
  ): Promise<OrderView> {
    return this.orders.cancel(actor, id, body, correlationId);
  }
}
