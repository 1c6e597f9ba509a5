import { createServer, IncomingMessage } from 'node:http';
import { AddressInfo } from 'node:net';

type RequestMatch = (method: string, path: string) => boolean;

/**
 * An HTTP proxy in front of Meilisearch that a test can make misbehave: refuse some requests (503),
 * leave some unanswered (a hung Meilisearch), or pass the next matching one on and keep Meilisearch's answer back, so Meilisearch applies a
 * write whose sender never learns of it, as when the sender dies first.
 */
export async function startMeiliProxy(target: string) {
  let refuse: RequestMatch = () => false;
  let hang: RequestMatch = () => false;
  const received: string[] = [];
  let holding: { match: RequestMatch; arrived: () => void } | undefined;
  const body = (request: IncomingMessage) =>
    new Promise<Buffer>((resolve) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => resolve(Buffer.concat(chunks)));
    });
  const server = createServer(async (request, response) => {
    const method = request.method ?? 'GET';
    const path = request.url ?? '/';
    const sent = await body(request);
    received.push(`${method} ${path}`);
    if (hang(method, path)) return; // never answered: the client's timeout ends it
    if (refuse(method, path)) {
      response.writeHead(503, { 'content-type': 'application/json' }).end('{"message":"refused by the test proxy"}');
      return;
    }
    const answer = await fetch(`${target}${path}`, {
      method,
      headers: {
        authorization: request.headers.authorization ?? '',
        'content-type': request.headers['content-type'] ?? 'application/json',
      },
      body: method === 'GET' || method === 'HEAD' ? undefined : sent,
    });
    const text = await answer.text();
    if (holding?.match(method, path)) {
      const { arrived } = holding;
      holding = undefined;
      arrived(); // and never answer
      return;
    }
    response.writeHead(answer.status, { 'content-type': 'application/json' }).end(text);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    /** Every request that reached it, as `METHOD /path`. */
    received: received as readonly string[],
    /** Answers matching requests 503 without passing them on. */
    refuse(match: RequestMatch) {
      refuse = match;
    },
    /** Leaves matching requests unanswered, as a hung Meilisearch does (`() => false` ends it). */
    hang(match: RequestMatch) {
      hang = match;
    },
    /** Resolves once Meilisearch has answered the next matching request, whose answer is then kept back. */
    holdNextAnswer: (match: RequestMatch) => new Promise<void>((arrived) => (holding = { match, arrived })),
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
