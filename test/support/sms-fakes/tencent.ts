import { createHmac, randomUUID } from 'node:crypto';
import { GatewayRequest, ProviderDialect, sha256Hex, startFakeGateway } from './fake-gateway';

const AUTHORIZATION =
  /^TC3-HMAC-SHA256 Credential=([^/]+)\/(\d{4}-\d{2}-\d{2})\/([^/]+)\/tc3_request, SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$/;
const header = (request: GatewayRequest, name: string) => String(request.headers[name] ?? '');
const hmac = (key: string | Buffer, text: string) => createHmac('sha256', key).update(text).digest();

/**
 * Tencent's canonical headers: names and values lower-cased and trimmed. The Host is signed as a
 * host name: Tencent's endpoints have no port, and the SDK signs the name without one.
 */
function canonicalHeader(request: GatewayRequest, name: string): string {
  const value = name === 'host' ? request.url.hostname : header(request, name);
  return `${name}:${value.trim().toLowerCase()}\n`;
}

/**
 * Tencent Cloud SMS (2021-01-11): the TC3-HMAC-SHA256 signature with its date, service and
 * tc3_request key derivation, as https://cloud.tencent.com/document/api/382/52072 describes. The
 * credential's service must be the product the host names (sms.tencentcloudapi.com → sms), the
 * first label of the host, which for this fake is its address's.
 */
const tencent: ProviderDialect = {
  requestProblem(request, { id, secret }) {
    const [, secretId, date, service, signedHeaders, signature] =
      AUTHORIZATION.exec(header(request, 'authorization')) ?? [];
    if (!secretId) return 'AuthFailure.InvalidAuthorization: no TC3-HMAC-SHA256 authorization';
    if (secretId !== id) return `AuthFailure.SecretIdNotFound: ${secretId}`;
    const timestamp = Number(header(request, 'x-tc-timestamp'));
    if (!(Math.abs(Date.now() / 1000 - timestamp) < 300)) return `AuthFailure.SignatureExpire: ${timestamp}`;
    if (date !== new Date(timestamp * 1000).toISOString().slice(0, 10))
      return `AuthFailure.InvalidAuthorization: ${date}`;
    if (service !== request.url.hostname.split('.')[0]) return `AuthFailure.InvalidAuthorization: service ${service}`;
    const signed = signedHeaders.split(';');
    if (!signed.includes('host') || !signed.includes('content-type')) {
      return 'AuthFailure.InvalidAuthorization: host and content-type must be signed';
    }
    const canonicalRequest = [
      request.method,
      request.url.pathname,
      request.url.search.slice(1),
      signed.map((name) => canonicalHeader(request, name)).join(''),
      signedHeaders,
      sha256Hex(request.body),
    ].join('\n');
    const scope = `${date}/${service}/tc3_request`;
    const key = hmac(hmac(hmac(`TC3${secret}`, date), service), 'tc3_request');
    const expected = createHmac('sha256', key)
      .update(`TC3-HMAC-SHA256\n${timestamp}\n${scope}\n${sha256Hex(canonicalRequest)}`)
      .digest('hex');
    if (signature !== expected) return 'AuthFailure.SignatureFailure';
    const action = `${header(request, 'x-tc-action')} ${header(request, 'x-tc-version')}`;
    return action === 'SendSms 2021-01-11' ? null : `InvalidAction: ${action}`;
  },

  read(request) {
    const body = JSON.parse(request.body.toString('utf8')) as {
      PhoneNumberSet: string[];
      SmsSdkAppId: string;
      SignName: string;
      TemplateId: string;
      TemplateParamSet?: string[];
    };
    return {
      phone: body.PhoneNumberSet[0],
      signName: body.SignName,
      templateId: body.TemplateId,
      params: body.TemplateParamSet ?? [],
      appId: body.SmsSdkAppId,
    };
  },

  answer(outcome) {
    const RequestId = randomUUID();
    // Tencent answers 200 to every request it read, errors included.
    if ('badRequest' in outcome) {
      const [Code] = outcome.badRequest.split(':');
      return { status: 200, body: { Response: { Error: { Code, Message: outcome.badRequest }, RequestId } } };
    }
    if ('refused' in outcome && !outcome.perNumber) {
      return {
        status: 200,
        body: { Response: { Error: { Code: outcome.refused, Message: 'refused by the fake' }, RequestId } },
      };
    }
    const sms = 'sent' in outcome ? outcome.sent : outcome.sms;
    const [Code, Message] = 'refused' in outcome ? [outcome.refused, 'refused by the fake'] : ['Ok', 'send success'];
    const status = {
      SerialNo: `2640:${Date.now()}`,
      PhoneNumber: sms.phone,
      Fee: 1,
      SessionContext: '',
      Code,
      Message,
      IsoCode: 'CN',
    };
    return { status: 200, body: { Response: { SendStatusSet: [status], RequestId } } };
  },
};

export const TENCENT_CREDENTIALS = { id: 'AKIDFakeTencentSecretId', secret: 'fake-tencent-secret-key' };

export const startTencentFake = () => startFakeGateway(tencent, TENCENT_CREDENTIALS);
