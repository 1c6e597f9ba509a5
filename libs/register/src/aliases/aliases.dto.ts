import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsString, Length, Matches } from 'class-validator';
import { RULE_TEXT } from '@kepu/core';

/** How many aliases a resource may have (docs/search.md, "Aliases"). */
export const MAX_ALIASES = 20;
/** The longest alias, in characters. */
export const MAX_ALIAS_LENGTH = 40;
/** Control characters and line breaks: an alias is one line of plain text. */
const ONE_LINE = /^[^\p{Cc}\p{Zl}\p{Zp}]*$/u;

/** Trimmed, with runs of spaces (ASCII or ideographic) as one: what people see is what is compared. */
export const tidyAlias = (alias: string): string => alias.trim().replace(/[ \u3000]+/g, ' ');

export class ResourceAliasesDto {
  /** The whole list, replacing the current one: short names people type, e.g. 超算. Repeats (ignoring case) count once. */
  @ApiProperty({
    type: 'array',
    items: { type: 'string', minLength: 1, maxLength: MAX_ALIAS_LENGTH },
    maxItems: MAX_ALIASES,
  })
  @IsArray()
  @ArrayMaxSize(MAX_ALIASES)
  @Transform(({ value }: { value: unknown }) =>
    Array.isArray(value) ? value.map((alias) => (typeof alias === 'string' ? tidyAlias(alias) : alias)) : value,
  )
  @IsString({ each: true })
  @Length(1, MAX_ALIAS_LENGTH, { each: true })
  @Matches(ONE_LINE, {
    each: true,
    message: 'an alias must be one line without control characters',
    context: RULE_TEXT.oneLine,
  })
  aliases!: string[];
}
