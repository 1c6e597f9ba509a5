import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  from: string;
  to: string[];
  /** The Message-ID header: Kepu gives every attempt at one notification the same. */
  messageId: string;
  raw: string;
}

/** A message the server has read but not answered yet: its sender is waiting for the reply. */
export interface HeldMail {
  messageId: string;
  /** Accepts it (it counts as received) or refuses it. */
  answer(accept: boolean): void;
}

/**
 * A real SMTP server on a free port. `received` is every message it accepted, in order, repeats
 * included: a mailbox that drops repeated Message-IDs would show each once. It refuses mail while
 * `state.failing` is set, and `holdNext()` leaves the next message unanswered until the test says.
 */
export async function startMailServer() {
  const received: ReceivedMail[] = [];
  const state = { failing: false };
  let holding: ((held: HeldMail) => void) | undefined;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const mail: ReceivedMail = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          messageId: /^Message-ID:\s*(<[^>]+>)/im.exec(raw)?.[1] ?? '',
          raw,
        };
        const answer = (accept: boolean) => {
          if (!accept) return callback(new Error('mailbox unavailable'));
          received.push(mail);
          callback();
        };
        const hold = holding;
        holding = undefined;
        if (hold) hold({ messageId: mail.messageId, answer });
        else answer(!state.failing);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    state,
    /** Resolves when the next message has arrived, unanswered. */
    holdNext: () => new Promise<HeldMail>((resolve) => (holding = resolve)),
    /** How many times the server accepted each Message-ID. */
    acceptedTimes: () =>
      received.reduce((counts, mail) => counts.set(mail.messageId, (counts.get(mail.messageId) ?? 0) + 1), new Map()),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

export type MailServer = Awaited<ReturnType<typeof startMailServer>>;
