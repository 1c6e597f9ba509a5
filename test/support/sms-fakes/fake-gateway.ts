import { createHash } from 'node:crypto';
import { createServer, IncomingMessage } from 'node:http';
import { AddressInfo } from 'node:net';

/** One text message the fake accepted for sending, in the provider's own terms. */
export interface SentSms {
  phone: string;
  signName: string;
  templateId: string;
  /** Aliyun: the template's named variables; Tencent: its numbered ones, in order. */
  params: Record<string, string> | string[];
  /** Tencent: the SMS application the message is sent under. */
  appId?: string;
}

/** What the fake does with the next request whose signature holds. */
export type Behaviour =
  | { answer: 'send' }
  /** The provider's refusal code; `perNumber` (Tencent): inside a 200 answer's SendStatusSet. */
  | { answer: 'refuse'; code: string; perNumber?: boolean }
  /** Never answers: the SDK's timeout must end the wait. */
  | { answer: 'hang' };

/** A request as the provider's gateway reads it. */
export interface GatewayRequest {
  method: string;
  url: URL;
  /** Header names lower-cased, as Node gives them. */
  headers: IncomingMessage['headers'];
  body: Buffer;
}

/** What one provider's fake does with a request: check its signature, read it, and answer in its format. */
export interface ProviderDialect {
  /** Why the gateway refuses the request unread (a signature that does not hold, another API), or null. */
  requestProblem(request: GatewayRequest, credentials: { id: string; secret: string }): string | null;
  read(request: GatewayRequest): SentSms;
  /** Status and JSON body for a sent message, a refusal, or a bad signature. */
  answer(outcome: { sent: SentSms } | { refused: string; perNumber: boolean; sms: SentSms } | { badRequest: string }): {
    status: number;
    body: unknown;
  };
}

export const sha256Hex = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/**
 * A provider's SMS API on a free local port, checking each request's signature as the provider
 * does. `plan` holds what to do with the next requests (send, refuse, hang), then it sends.
 * `received` is every well-signed request, whatever was answered; `sent` what it accepted;
 * `badRequests` why requests were refused unread.
 */
export async function startFakeGateway(dialect: ProviderDialect, credentials: { id: string; secret: string }) {
  const plan: Behaviour[] = [];
  const received: SentSms[] = [];
  const sent: SentSms[] = [];
  const badRequests: string[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const gatewayRequest: GatewayRequest = {
        method: request.method ?? 'GET',
        url: new URL(request.url ?? '/', `http://${request.headers.host}`),
        headers: request.headers,
        body: Buffer.concat(chunks),
      };
      const reply = ({ status, body }: { status: number; body: unknown }) =>
        response.writeHead(status, { 'content-type': 'application/json;charset=utf-8' }).end(JSON.stringify(body));
      const problem = dialect.requestProblem(gatewayRequest, fake.credentials);
      if (problem) {
        badRequests.push(problem);
        return reply(dialect.answer({ badRequest: problem }));
      }
      const sms = dialect.read(gatewayRequest);
      received.push(sms);
      const behaviour = plan.shift() ?? { answer: 'send' };
      if (behaviour.answer === 'hang') return; // the socket stays open until the SDK gives up
      if (behaviour.answer === 'refuse') {
        return reply(dialect.answer({ refused: behaviour.code, perNumber: Boolean(behaviour.perNumber), sms }));
      }
      sent.push(sms);
      reply(dialect.answer({ sent: sms }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const fake = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    /** The key pair the fake expects; a test may change the secret to see a request refused. */
    credentials: { ...credentials },
    plan,
    received,
    sent,
    badRequests,
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return fake;
}

export type FakeGateway = Awaited<ReturnType<typeof startFakeGateway>>;
