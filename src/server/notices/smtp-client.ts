// A minimal SMTP client (RFC 5321) for Secretariat notices, on node:net and node:tls so that no mail
// package is needed: EHLO, STARTTLS when offered, AUTH PLAIN or LOGIN when the URL carries credentials,
// MAIL FROM, RCPT TO, DATA with dot-stuffing, QUIT. smtps:// is TLS from the first byte (port 465);
// smtp:// (port 25 or 587) upgrades with STARTTLS when the server offers it, except to a loopback relay
// (nothing crosses the network, and local relays often offer TLS with a self-signed certificate).
// Credentials are sent only over TLS, or to a loopback relay: anywhere else they would cross the network readable.
import net from 'node:net';
import tls from 'node:tls';
import { describeError } from '../store/describe-error.ts';

export interface MailToSend {
  /** smtp://[user:pass@]host[:port] or smtps://… */
  readonly smtpUrl: string;
  readonly from: string;
  readonly to: readonly string[];
  /** The whole message, headers and body; line ends are normalised to CRLF. */
  readonly message: string;
  readonly timeoutMs?: number;
  /** Trust anchors for the server's certificate (PEM); default: the system's. */
  readonly ca?: string;
}

interface SmtpReply {
  readonly code: number;
  readonly lines: readonly string[];
}

interface SmtpConnection {
  command(line: string, expected: readonly number[], shownAs?: string): Promise<SmtpReply>;
  reply(expected: readonly number[], what: string): Promise<SmtpReply>;
  close(): void;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Sends one message; rejects with a one-line reason that never contains the password. */
export async function sendMail(mail: MailToSend): Promise<void> {
  const url = new URL(mail.smtpUrl);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const implicitTls = url.protocol === 'smtps:';
  const user = decodeURIComponent(url.username);
  const password = decodeURIComponent(url.password);
  const timeoutMs = mail.timeoutMs ?? 30_000;
  const plain = implicitTls ? undefined : net.connect({ host, port: Number(url.port || 25) });
  let socket = implicitTls ? tls.connect({ host, port: Number(url.port || 465), servername: serverName(host), ca: mail.ca }) : plain;
  let connection = await opened(socket, implicitTls, timeoutMs);
  try {
    await connection.reply([220], 'greeting');
    let ehlo = await connection.command('EHLO hornbill', [250]);
    let encrypted = implicitTls;
    const loopback = LOOPBACK_HOSTS.has(url.hostname);
    if (!encrypted && !loopback && ehlo.lines.some((line) => /^STARTTLS\b/i.test(line))) {
      await connection.command('STARTTLS', [220]);
      socket = tls.connect({ socket: plain, servername: serverName(host), ca: mail.ca });
      connection = await opened(socket, true, timeoutMs);
      encrypted = true;
      ehlo = await connection.command('EHLO hornbill', [250]);
    }
    if (user !== '') {
      if (!encrypted && !loopback) {
        throw new Error('SMTP: refusing to send credentials unencrypted: the server offers no STARTTLS (use smtps://)');
      }
      await authenticate(connection, ehlo, user, password);
    }
    await connection.command(`MAIL FROM:<${mail.from}>`, [250]);
    for (const recipient of mail.to) await connection.command(`RCPT TO:<${recipient}>`, [250, 251]);
    await connection.command('DATA', [354]);
    const data = dotStuff(mail.message);
    await connection.command(`${data.endsWith('\r\n') ? data : `${data}\r\n`}.`, [250], 'the message');
    await connection.command('QUIT', [221]).catch(() => undefined);
  } finally {
    connection.close();
  }
}

function serverName(host: string): string | undefined {
  return net.isIP(host) === 0 ? host : undefined;
}

/** CRLF line ends, and a leading dot doubled on every line (RFC 5321 §4.5.2) so no line ends the data early. */
export function dotStuff(message: string): string {
  return message
    .replace(/\r?\n/g, '\r\n')
    .split('\r\n')
    .map((line) => (line.startsWith('.') ? `.${line}` : line))
    .join('\r\n');
}

async function authenticate(connection: SmtpConnection, ehlo: SmtpReply, user: string, password: string): Promise<void> {
  const mechanisms = ehlo.lines.find((line) => /^AUTH[ =]/i.test(line))?.slice(5).toUpperCase().split(/\s+/) ?? [];
  const base64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');
  if (mechanisms.includes('PLAIN')) {
    await connection.command(`AUTH PLAIN ${base64(`\0${user}\0${password}`)}`, [235], 'AUTH PLAIN');
  } else if (mechanisms.includes('LOGIN')) {
    await connection.command('AUTH LOGIN', [334]);
    await connection.command(base64(user), [334], 'the AUTH LOGIN user');
    await connection.command(base64(password), [235], 'the AUTH LOGIN password');
  } else {
    throw new Error('SMTP: the server offers neither AUTH PLAIN nor AUTH LOGIN');
  }
}

/** Resolves once the socket is connected (and the TLS handshake done), with a reader of its replies. */
function opened(socket: net.Socket | undefined, secure: boolean, timeoutMs: number): Promise<SmtpConnection> {
  return new Promise((resolve, reject) => {
    if (socket === undefined) throw new Error('SMTP: no socket');
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`SMTP: no answer within ${timeoutMs} ms`)));
    const fail = (error: Error): void => reject(new Error(`SMTP: ${describeError(error)}`));
    socket.once('error', fail);
    socket.once(secure ? 'secureConnect' : 'connect', () => {
      socket.off('error', fail);
      resolve(replyReader(socket));
    });
  });
}

/** Splits the server's bytes into replies (a multi-line reply is `250-…` lines ending with `250 …`). */
function replyReader(socket: net.Socket): SmtpConnection {
  let buffered = '';
  let pendingLines: string[] = [];
  const replies: SmtpReply[] = [];
  const waiting: { resolve: (reply: SmtpReply) => void; reject: (error: Error) => void }[] = [];
  let failure: Error | undefined;

  const settle = (): void => {
    for (let waiter = waiting[0], next = replies[0]; waiter !== undefined && next !== undefined; waiter = waiting[0], next = replies[0]) {
      waiting.shift();
      replies.shift();
      waiter.resolve(next);
    }
    if (failure !== undefined) for (const waiter of waiting.splice(0)) waiter.reject(failure);
  };
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => {
    buffered += chunk;
    let end: number;
    while ((end = buffered.indexOf('\r\n')) !== -1) {
      const line = buffered.slice(0, end);
      buffered = buffered.slice(end + 2);
      pendingLines.push(line.slice(4));
      if (line[3] !== '-') {
        replies.push({ code: Number(line.slice(0, 3)), lines: pendingLines });
        pendingLines = [];
      }
    }
    settle();
  });
  socket.on('error', (error) => {
    failure = new Error(`SMTP: ${error.message}`);
    settle();
  });
  socket.on('close', () => {
    failure ??= new Error('SMTP: the server closed the connection');
    settle();
  });

  const reply = (expected: readonly number[], what: string): Promise<SmtpReply> =>
    new Promise<SmtpReply>((resolve, reject) => {
      waiting.push({ resolve, reject });
      settle();
    }).then((received) => {
      if (!expected.includes(received.code)) throw new Error(`SMTP: ${what} answered ${received.code} ${received.lines.join(' ').slice(0, 200)}`);
      return received;
    });
  return {
    reply,
    command: (line, expected, shownAs) => {
      socket.write(`${line}\r\n`);
      return reply(expected, shownAs ?? line.split(' ')[0] ?? line);
    },
    close: () => socket.destroy(),
  };
}
