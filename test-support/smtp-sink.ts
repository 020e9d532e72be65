import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface SmtpSink {
  port: number;
  url: string;
  /** Every message received, parsed, in the order it arrived. */
  messages: ParsedMail[];
  stop: () => Promise<void>;
}

/**
 * A real SMTP server on 127.0.0.1 that keeps what it is sent: the receiving end of the email tests.
 * `delayMs`: how long it takes to accept each message (a slow server, to catch a sender mid-batch).
 */
export async function startSmtpSink(port = 0, delayMs = 0): Promise<SmtpSink> {
  const messages: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (message) => {
          messages.push(message);
          setTimeout(callback, delayMs);
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: bound } = server.server.address() as AddressInfo;
  return { port: bound, url: `smtp://127.0.0.1:${bound}`, messages, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

