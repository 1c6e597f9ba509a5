import { createHmac, randomUUID } from 'node:crypto';
import { GatewayRequest, ProviderDialect, sha256Hex, startFakeGateway } from './fake-gateway';

/** RFC 3986 percent-encoding, as Aliyun canonicalises query strings. */
const encode = (text: string) =>
  encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

const AUTHORIZATION = /^ACS3-HMAC-SHA256 Credential=([^,]+),SignedHeaders=([^,]+),Signature=([0-9a-f]{64})$/;
/** Headers Aliyun requires to be signed. */
const MUST_SIGN = [
  'host',
  'x-acs-action',
  'x-acs-content-sha256',
  'x-acs-date',
  'x-acs-signature-nonce',
  'x-acs-version',
];
const header = (request: GatewayRequest, name: string) => String(request.headers[name] ?? '');

/** The request's parameters: the SDK sends SendSms's in the query; the API also takes them as a form. */
function parameters(request: GatewayRequest): URLSearchParams {
  const params = new URLSearchParams(request.url.search);
  if (header(request, 'content-type').startsWith('application/x-www-form-urlencoded')) {
    for (const [key, value] of new URLSearchParams(request.body.toString('utf8'))) params.append(key, value);
  }
  return params;
}

/**
 * Aliyun SMS (Dysmsapi 2017-05-25): the V3 request signature (ACS3-HMAC-SHA256) over the method,
 * path, canonical query, the signed headers and the body's hash, as
 * https://help.aliyun.com/zh/sdk/product-overview/v3-request-structure-and-signature describes.
 */
const aliyun: ProviderDialect = {
  requestProblem(request, { id, secret }) {
    const [, credential, signedHeaders, signature] = AUTHORIZATION.exec(header(request, 'authorization')) ?? [];
    if (!credential) return 'IncompleteSignature: no ACS3-HMAC-SHA256 authorization';
    if (credential !== id) return `InvalidAccessKeyId.NotFound: ${credential}`;
    const signed = signedHeaders.split(';');
    const unsigned = MUST_SIGN.find((name) => !signed.includes(name));
    if (unsigned) return `IncompleteSignature: ${unsigned} is not signed`;
    if (header(request, 'x-acs-content-sha256') !== sha256Hex(request.body)) return 'ContentSHA256Mismatch';
    const age = Math.abs(Date.now() - Date.parse(header(request, 'x-acs-date')));
    if (!(age < 15 * 60_000)) return `InvalidTimeStamp.Expired: ${header(request, 'x-acs-date')}`;
    const query = [...request.url.searchParams]
      .map(([key, value]) => [encode(key), encode(value)])
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, value]) => `${key}=${value}`)
      .join('&');
    const canonicalHeaders = signed.map((name) => `${name}:${header(request, name).trim()}\n`).join('');
    const canonicalRequest = [
      request.method,
      request.url.pathname,
      query,
      canonicalHeaders,
      signedHeaders,
      header(request, 'x-acs-content-sha256'),
    ].join('\n');
    const expected = createHmac('sha256', secret)
      .update(`ACS3-HMAC-SHA256\n${sha256Hex(canonicalRequest)}`)
      .digest('hex');
    if (signature !== expected) return 'SignatureDoesNotMatch';
    const action = `${header(request, 'x-acs-action')} ${header(request, 'x-acs-version')}`;
    return action === 'SendSms 2017-05-25' ? null : `InvalidAction.NotFound: ${action}`;
  },

  read(request) {
    const params = parameters(request);
    return {
      phone: params.get('PhoneNumbers') ?? '',
      signName: params.get('SignName') ?? '',
      templateId: params.get('TemplateCode') ?? '',
      params: JSON.parse(params.get('TemplateParam') ?? '{}') as Record<string, string>,
    };
  },

  answer(outcome) {
    const RequestId = randomUUID().toUpperCase();
    if ('badRequest' in outcome) {
      const [code] = outcome.badRequest.split(':');
      return { status: 400, body: { Code: code, Message: outcome.badRequest, RequestId } };
    }
    // Business refusals are a 200 with their code, as the real API answers them.
    if ('refused' in outcome)
      return { status: 200, body: { Code: outcome.refused, Message: 'refused by the fake', RequestId } };
    return { status: 200, body: { Code: 'OK', Message: 'OK', BizId: `${Date.now()}^0`, RequestId } };
  },
};

export const ALIYUN_CREDENTIALS = { id: 'LTAI5tFakeAccessKeyId', secret: 'fake-aliyun-access-key-secret' };

export const startAliyunFake = () => startFakeGateway(aliyun, ALIYUN_CREDENTIALS);
