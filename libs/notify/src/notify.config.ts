import { configProblem, defineConfigSlice, HttpUrl, WholeNumber } from '@kepu/core';
import { IsIn, IsOptional, IsString, Matches, MinLength } from 'class-validator';

/** Where text messages go: the log (development), or a contracted gateway sending approved templates. */
const SMS_SENDERS = ['log', 'aliyun', 'tencent'] as const;

/** `booking.confirmed=SMS_456`: a notification kind and the id of the provider's approved template for it. */
const SMS_TEMPLATE_PAIR = '[a-z][a-z_]*(?:\\.[a-z_]+)+=[A-Za-z0-9_-]+';

/** The variables each gateway cannot send without; `SMS_TEMPLATES` must also name the `auth.code` template. */
const SMS_REQUIRED = {
  aliyun: ['SMS_SIGN_NAME', 'SMS_TEMPLATES', 'SMS_ACCESS_KEY_ID', 'SMS_ACCESS_KEY_SECRET'],
  tencent: ['SMS_SIGN_NAME', 'SMS_TEMPLATES', 'SMS_SECRET_ID', 'SMS_SECRET_KEY', 'SMS_SDK_APP_ID'],
} as const;

class NotifyVariables {
  @IsOptional()
  @Matches(/^smtps?:\/\/[^\s]+$/, { message: 'must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @IsOptional()
  @IsString()
  @MinLength(3)
  MAIL_FROM?: string;

  @IsOptional()
  @IsIn(SMS_SENDERS, { message: `must be one of ${SMS_SENDERS.join(', ')}` })
  SMS_SENDER?: string;

  @IsOptional()
  @IsString()
  @MinLength(2)
  SMS_SIGN_NAME?: string;

  @IsOptional()
  @Matches(new RegExp(`^${SMS_TEMPLATE_PAIR}(?:,${SMS_TEMPLATE_PAIR})*$`), {
    message: 'must be kind=templateId pairs separated by commas, e.g. auth.code=SMS_123,booking.confirmed=SMS_456',
  })
  SMS_TEMPLATES?: string;

  @IsOptional()
  @IsString()
  SMS_ACCESS_KEY_ID?: string;

  @IsOptional()
  @IsString()
  SMS_ACCESS_KEY_SECRET?: string;

  @IsOptional()
  @IsString()
  SMS_SECRET_ID?: string;

  @IsOptional()
  @IsString()
  SMS_SECRET_KEY?: string;

  @IsOptional()
  @Matches(/^\d+$/, { message: 'must be the SMS application id (digits), e.g. 1400006666' })
  SMS_SDK_APP_ID?: string;

  @IsOptional()
  @Matches(/^[a-z]+-[a-z]+(?:-\d+)?$/, { message: 'must be a region name such as ap-guangzhou' })
  SMS_REGION?: string;

  @HttpUrl()
  SMS_ENDPOINT?: string;

  @WholeNumber(1, 60)
  SMS_TIMEOUT_SECONDS?: number;
}

/** How notifications leave: e-mail through SMTP when configured, texts through the SMS sender. */
export interface NotifySettings {
  smtpUrl?: string;
  mailFrom: string;
  sms: SmsSettings;
}

/** The SMS sender and, for a gateway, what it sends with. */
export type SmsSettings =
  | { sender: 'log' }
  | (SmsGatewaySettings & { sender: 'aliyun'; accessKeyId: string; accessKeySecret: string })
  | (SmsGatewaySettings & {
      sender: 'tencent';
      secretId: string;
      secretKey: string;
      sdkAppId: string;
      region: string;
    });

/** What both gateways need: they send only templates approved for the sign name. */
export interface SmsGatewaySettings {
  signName: string;
  /** Template id per notification kind; a kind without one is not texted. */
  templates: Record<string, string>;
  /** The provider's API elsewhere than its public endpoint (tests point it at a local fake). */
  endpoint?: string;
  /** For one request: connecting and waiting for the answer. */
  timeoutSeconds: number;
}

/** Notify's configuration slice, at `config.notify` (docs/configuration.md). */
export const notifyConfig = defineConfigSlice({
  key: 'notify',
  variables: NotifyVariables,
  read: (raw): NotifySettings => ({
    smtpUrl: raw.SMTP_URL,
    mailFrom: raw.MAIL_FROM ?? 'Kepu 科普 <no-reply@kepu.local>',
    sms: smsSettings(raw),
  }),
});

/** The SMS settings, refusing a gateway without what it needs: a deployment must not start unable to send codes. */
function smsSettings(raw: NotifyVariables): SmsSettings {
  const sender = (raw.SMS_SENDER ?? 'log') as SmsSettings['sender'];
  if (sender === 'log') return { sender };
  const missing = SMS_REQUIRED[sender].find((key) => !raw[key]);
  if (missing) configProblem(`${missing} is required when SMS_SENDER is ${sender}`);
  const templates = Object.fromEntries((raw.SMS_TEMPLATES as string).split(',').map((pair) => pair.split('=')));
  if (!templates['auth.code'])
    configProblem(`SMS_TEMPLATES must name the auth.code template when SMS_SENDER is ${sender}`);
  const gateway: SmsGatewaySettings = {
    signName: raw.SMS_SIGN_NAME as string,
    templates,
    endpoint: raw.SMS_ENDPOINT,
    timeoutSeconds: raw.SMS_TIMEOUT_SECONDS ?? 5,
  };
  return sender === 'aliyun'
    ? {
        ...gateway,
        sender,
        accessKeyId: raw.SMS_ACCESS_KEY_ID as string,
        accessKeySecret: raw.SMS_ACCESS_KEY_SECRET as string,
      }
    : {
        ...gateway,
        sender,
        secretId: raw.SMS_SECRET_ID as string,
        secretKey: raw.SMS_SECRET_KEY as string,
        sdkAppId: raw.SMS_SDK_APP_ID as string,
        region: raw.SMS_REGION ?? 'ap-guangzhou',
      };
}
