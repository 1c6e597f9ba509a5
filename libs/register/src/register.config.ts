import { configProblem, defineConfigSlice, HttpUrl, WholeNumber } from '@kepu/core';
import { IsOptional, IsString, Matches } from 'class-validator';
import { resolve } from 'node:path';

/*
 * Register's configuration slices (docs/configuration.md): upkeep at `config.register`, the
 * open-data licence at `config.openData`, where media files are kept at `config.media`.
 */

class UpkeepVariables {
  @WholeNumber(2, 120)
  REGISTER_RECONFIRM_MONTHS?: number;

  @WholeNumber(2, 240)
  REGISTER_HIDE_AFTER_MONTHS?: number;
}

/** Published resources are re-confirmed every `reconfirmMonths`; unconfirmed for `hideAfterMonths`, they leave search (docs/register.md). */
export interface UpkeepSettings {
  reconfirmMonths: number;
  hideAfterMonths: number;
}

export const registerConfig = defineConfigSlice({
  key: 'register',
  variables: UpkeepVariables,
  read: (raw): UpkeepSettings => {
    const reconfirmMonths = raw.REGISTER_RECONFIRM_MONTHS ?? 12;
    const hideAfterMonths = raw.REGISTER_HIDE_AFTER_MONTHS ?? 15;
    if (hideAfterMonths <= reconfirmMonths) {
      configProblem(
        `REGISTER_HIDE_AFTER_MONTHS (${hideAfterMonths}) must be more than REGISTER_RECONFIRM_MONTHS (${reconfirmMonths})`,
      );
    }
    return { reconfirmMonths, hideAfterMonths };
  },
});

class OpenDataVariables {
  @IsOptional()
  @Matches(/^[^\r\n<>"]{1,100}$/, { message: 'must be a licence name of 1–100 characters, e.g. CC BY 4.0' })
  OPEN_DATA_LICENCE?: string;

  @HttpUrl({ requireTld: true })
  OPEN_DATA_LICENCE_URL?: string;
}

/** The licence the open-data files are published under (docs/open-data.md). */
export interface OpenDataSettings {
  licence: string;
  licenceUrl: string | null;
}

/**
 * The open-data licence and where its text is: given, or for a Creative Commons name such as
 * `CC BY 4.0` or `CC BY-SA 4.0` the Creative Commons deed (docs/open-data.md).
 */
export const openDataConfig = defineConfigSlice({
  key: 'openData',
  variables: OpenDataVariables,
  read: ({ OPEN_DATA_LICENCE: name = 'CC BY 4.0', OPEN_DATA_LICENCE_URL: url }): OpenDataSettings => {
    const cc = /^CC (BY(?:-(?:NC|SA|ND|NC-SA|NC-ND))?) (\d\.\d)$/i.exec(name.trim());
    const deed = cc && `https://creativecommons.org/licenses/${cc[1].toLowerCase()}/${cc[2]}/`;
    return { licence: name.trim(), licenceUrl: url ?? deed ?? null };
  },
});

class MediaVariables {
  @HttpUrl()
  MEDIA_S3_ENDPOINT?: string;

  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, { message: 'must be a valid S3 bucket name' })
  MEDIA_S3_BUCKET?: string;

  @IsOptional()
  @Matches(/^[a-z0-9-]+$/, { message: 'must be a region name such as us-east-1' })
  MEDIA_S3_REGION?: string;

  @IsOptional()
  @IsString()
  MEDIA_S3_ACCESS_KEY_ID?: string;

  @IsOptional()
  @IsString()
  MEDIA_S3_SECRET_ACCESS_KEY?: string;
}

/** Photos and evidence files: a directory (embedded mode), or S3-compatible storage when configured. */
export interface MediaSettings {
  dir: string;
  s3?: S3Settings;
}

export interface S3Settings {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

export const mediaConfig = defineConfigSlice({
  key: 'media',
  variables: MediaVariables,
  read: (raw, { dataDir }): MediaSettings => {
    const incomplete = (['MEDIA_S3_BUCKET', 'MEDIA_S3_ACCESS_KEY_ID', 'MEDIA_S3_SECRET_ACCESS_KEY'] as const).find(
      (key) => !raw[key],
    );
    if (raw.MEDIA_S3_ENDPOINT && incomplete) configProblem(`${incomplete} is required when MEDIA_S3_ENDPOINT is set`);
    return {
      dir: resolve(dataDir, 'media'),
      s3: raw.MEDIA_S3_ENDPOINT
        ? {
            endpoint: raw.MEDIA_S3_ENDPOINT,
            bucket: raw.MEDIA_S3_BUCKET as string,
            region: raw.MEDIA_S3_REGION ?? 'us-east-1',
            accessKeyId: raw.MEDIA_S3_ACCESS_KEY_ID as string,
            secretAccessKey: raw.MEDIA_S3_SECRET_ACCESS_KEY as string,
          }
        : undefined,
    };
  },
});
