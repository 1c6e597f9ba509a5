import { sms } from 'tencentcloud-sdk-nodejs-sms';
import { SmsMessage } from './sms.channel';
import { GatewaySettings, GatewaySmsSender } from './sms-gateway';

type Client = InstanceType<typeof sms.v20210111.Client>;

/** What the SDK throws: an API error's code, an HTTP status, or neither when nothing answered. */
interface TencentError extends Error {
  code?: string;
  httpCode?: number;
}

/**
 * A refused template, sign, number or parameter, or an empty SMS package, is refused again;
 * `LimitExceeded.*` lifts with time and `InternalError.*` is Tencent's own trouble: both are retried.
 */
const permanent = (code: string) =>
  /^(FailedOperation|InvalidParameterValue|InvalidParameter|MissingParameter|UnsupportedOperation)\./.test(code);

/** Tencent Cloud SMS (腾讯云短信, SendSms 2021-01-11), signed TC3-HMAC-SHA256 by the SDK. */
export class TencentSmsSender extends GatewaySmsSender<GatewaySettings<'tencent'>> {
  protected readonly provider = 'Tencent';
  private readonly client: Client;

  constructor(settings: GatewaySettings<'tencent'>) {
    super(settings);
    const endpoint = new URL(settings.endpoint ?? 'https://sms.tencentcloudapi.com');
    this.client = new sms.v20210111.Client({
      credential: { secretId: settings.secretId, secretKey: settings.secretKey },
      region: settings.region,
      profile: {
        httpProfile: {
          endpoint: endpoint.host,
          protocol: `${endpoint.protocol}//`,
          reqTimeout: settings.timeoutSeconds,
        },
      },
    });
  }

  protected async deliver({ phone, params }: SmsMessage, templateId: string): Promise<void> {
    const answer = await this.client
      .SendSms({
        PhoneNumberSet: [`+86${phone}`],
        SmsSdkAppId: this.settings.sdkAppId,
        SignName: this.settings.signName,
        TemplateId: templateId,
        // Tencent's template variables are numbered: {1}, {2}… in the order the caller gave them.
        TemplateParamSet: params.map(([, value]) => value),
      })
      .catch((error: TencentError) => {
        if (error.code) throw this.refusal(error.code, error.message, permanent(error.code));
        throw error.httpCode ? this.refusal(`HTTP ${error.httpCode}`, error.message, false) : this.unanswered(error);
      });
    // A request Tencent accepted still reports each number's fate on its own.
    const status = answer.SendStatusSet?.[0];
    const code = status?.Code ?? 'no status';
    if (code !== 'Ok') throw this.refusal(code, status?.Message, permanent(code));
  }
}
