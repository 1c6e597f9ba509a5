import Dysmsapi, { SendSmsRequest } from '@alicloud/dysmsapi20170525';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import { SmsMessage } from './sms.channel';
import { GatewaySettings, GatewaySmsSender } from './sms-gateway';

/** An error the SDK throws for an HTTP error answer (it carries the provider's code), or for none at all. */
interface AliyunError extends Error {
  code?: string;
  statusCode?: number;
  data?: { Message?: string };
}

/**
 * `isv.` codes say the request itself is wrong (template, sign, number, parameters, balance) and
 * will be refused again, except the flow controls, which lift with time: those are retried, as are
 * `isp.` codes and Throttling (Aliyun's own trouble).
 */
const permanent = (code: string) => code.startsWith('isv.') && !code.includes('LIMIT_CONTROL');

/** Aliyun SMS (阿里云短信服务, Dysmsapi 2017-05-25 SendSms), signed ACS3-HMAC-SHA256 by the SDK. */
export class AliyunSmsSender extends GatewaySmsSender<GatewaySettings<'aliyun'>> {
  protected readonly provider = 'Aliyun';
  private readonly client: Dysmsapi;

  constructor(settings: GatewaySettings<'aliyun'>) {
    super(settings);
    const endpoint = new URL(settings.endpoint ?? 'https://dysmsapi.aliyuncs.com');
    const timeout = settings.timeoutSeconds * 1000;
    this.client = new Dysmsapi(
      new $OpenApiUtil.Config({
        accessKeyId: settings.accessKeyId,
        accessKeySecret: settings.accessKeySecret,
        endpoint: endpoint.host,
        protocol: endpoint.protocol.replace(':', ''),
        connectTimeout: timeout,
        readTimeout: timeout,
      }),
    );
  }

  protected async deliver({ phone, params }: SmsMessage, templateCode: string): Promise<void> {
    const request = new SendSmsRequest({
      phoneNumbers: phone,
      signName: this.settings.signName,
      templateCode,
      templateParam: JSON.stringify(Object.fromEntries(params)),
    });
    // Business refusals come back as 200 with a code other than OK; HTTP errors and silence throw.
    const answer = await this.client.sendSms(request).catch((error: AliyunError) => {
      if (!error.code || !error.statusCode) throw this.unanswered(error);
      throw this.refusal(error.code, error.data?.Message, error.statusCode < 500 && permanent(error.code));
    });
    const { code = 'no code', message } = answer.body ?? {};
    if (code !== 'OK') throw this.refusal(code, message, permanent(code));
  }
}
