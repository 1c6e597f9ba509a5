import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PageQueryDto } from '@kepu/core';
import { IsLocalDate } from '@kepu/schedule';
import { ORDER_STATUSES, OrderStatus } from './order.entity';
import { AUDIENCES } from '@kepu/register';

/** Text as typed, without the spaces around it: blank is empty. */
const Trimmed = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** Why an order is declined or cancelled (1–500 characters). */
const IsReason = () =>
  applyDecorators(Trimmed(), IsString(), Length(1, 500), ApiProperty({ minLength: 1, maxLength: 500 }));

/** `POST /outreach/orders`: a school or a community orders a menu item, or writes a free request. */
export class OrderCreateDto {
  /** The school or community ordering; needed only by someone who orders for more than one. */
  @IsOptional()
  @IsUUID()
  ordererId?: string;

  /** The published menu item ordered; leave it out for a free request. */
  @IsOptional()
  @IsUUID()
  menuItemId?: string;

  @ApiPropertyOptional({
    example: '垃圾分类与环保科普',
    description: "required for a free request; by default the menu item's title",
  })
  @IsOptional()
  @Trimmed()
  @IsString()
  @Length(1, 100)
  topic?: string;

  @ApiProperty({ enum: AUDIENCES.codes })
  @IsIn(AUDIENCES.codes)
  audience!: string;

  @ApiProperty({ example: 80, description: 'people expected' })
  @IsInt()
  @Min(1)
  @Max(5000)
  headcount!: number;

  @ApiProperty({ example: '南山区粤海街道科技园社区活动中心二楼' })
  @Trimmed()
  @IsString()
  @Length(1, 200)
  address!: string;

  @ApiProperty({ example: 22.5405, description: 'WGS-84 latitude of the place' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-90)
  @Max(90)
  latitude!: number;

  @ApiProperty({ example: 113.9346, description: 'WGS-84 longitude of the place' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-180)
  @Max(180)
  longitude!: number;

  @ApiProperty({ example: '440305', description: 'the district (or functional area) the place lies in' })
  @IsString()
  @MaxLength(16)
  regionCode!: string;

  @ApiProperty({ description: 'first acceptable day, after today' })
  @IsLocalDate()
  windowFrom!: string;

  @ApiProperty({ description: 'last acceptable day, at most 366 days after the first' })
  @IsLocalDate()
  windowTo!: string;

  @ApiPropertyOptional({ example: '希望安排在周六上午' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(1000)
  notes?: string;
}

export const ORDER_VIEWS = ['mine', 'provider', 'district', 'open'] as const;
export type OrderListView = (typeof ORDER_VIEWS)[number];

/** `GET /outreach/orders`: one board of orders, as the caller's role sees them. */
export class OrderListDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: ORDER_VIEWS,
    description:
      "mine: your school's or community's orders; provider: those your organisation holds; district: those in the regions you administer; open: open orders your organisation may claim. By default the first of these your roles allow.",
  })
  @IsOptional()
  @IsIn(ORDER_VIEWS)
  view?: OrderListView;

  @ApiPropertyOptional({
    enum: ORDER_STATUSES,
    isArray: true,
    maxItems: ORDER_STATUSES.length,
    description: 'comma-separated',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',') : value))
  @IsArray()
  @ArrayMaxSize(ORDER_STATUSES.length)
  @IsIn(ORDER_STATUSES, { each: true })
  status?: OrderStatus[];

  /** Only the orders this provider holds. */
  @IsOptional()
  @IsUUID()
  providerId?: string;
}

/** `POST /outreach/orders/:id/assign`: the district gives the order to a verified provider. */
export class OrderAssignDto {
  @IsUUID()
  providerId!: string;
}

/** `POST /outreach/orders/:id/claim`. */
export class OrderClaimDto {
  /** The organisation claiming; needed only by an operator of more than one. */
  @IsOptional()
  @IsUUID()
  providerId?: string;
}

/** `POST /outreach/orders/:id/decline` and `/cancel`. */
export class OrderReasonDto {
  @IsReason()
  reason!: string;
}
