import { applyDecorators, Type } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type as TransformTo } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { EntityManager, EntityTarget, FindOptionsWhere, In } from 'typeorm';

/** `?page=&pageSize=` for every list; list DTOs extend it. */
export class PageQueryDto {
  @ApiPropertyOptional({ type: 'integer', default: 1, minimum: 1, maximum: 10_000 })
  @IsOptional()
  @TransformTo(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  page = 1;

  @ApiPropertyOptional({ type: 'integer', default: 20, minimum: 1, maximum: 100 })
  @IsOptional()
  @TransformTo(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize = 20;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/**
 * A page of `item` as the OpenAPI document describes it, for a controller's return type:
 * `export class BookingPage extends PageOf(BookingView) {}`.
 */
export function PageOf<T>(item: Type<T>): Type<Page<T>> {
  class PageOfItems implements Page<T> {
    @ApiProperty({ type: [item], maxItems: 100 })
    items!: T[];

    @ApiProperty({ type: 'integer', minimum: 0, description: 'Items on all pages' })
    total!: number;

    @ApiProperty({ type: 'integer', minimum: 1 })
    page!: number;

    @ApiProperty({ type: 'integer', minimum: 1, maximum: 100 })
    pageSize!: number;
  }
  return PageOfItems;
}

/** LIMIT and OFFSET for a page query. */
export const pageWindow = ({ page, pageSize }: PageQueryDto) => ({ limit: pageSize, offset: (page - 1) * pageSize });

/** A query-string flag: `1`/`true` and `0`/`false`; anything else fails validation as not a boolean. */
export const QueryFlag = () =>
  Transform(({ value }) =>
    value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value,
  );

/** `?year=`: a calendar year from 2000 to 2100; `description` says what it selects and its default. */
export const YearQuery = (description: string) =>
  applyDecorators(
    ApiPropertyOptional({ type: 'integer', example: 2026, minimum: 2000, maximum: 2100, description }),
    IsOptional(),
    TransformTo(() => Number),
    IsInt(),
    Min(2000),
    Max(2100),
  );

/** Items by id, for joining rows read separately. */
export const byId = <T extends { id: string }>(items: T[]): Map<string, T> =>
  new Map(items.map((item) => [item.id, item]));

/** A page's entities read by primary key, in the order its ranking query returned their ids. */
export async function loadInOrder<T extends { id: string }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  ids: string[],
): Promise<T[]> {
  const found = byId(await manager.findBy(entity, { id: In(ids) } as FindOptionsWhere<T>));
  return ids.map((id) => found.get(id) as T);
}
