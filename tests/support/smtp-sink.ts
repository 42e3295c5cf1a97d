import { readFileSync } from 'node:fs';
import { createServer as createTcpServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { createServer as createTlsServer, TLSSocket } from 'node:tls';

export interface ReceivedMail {
  /** Every command line the client sent, in order (AUTH payloads included, base64 as sent). */
  readonly commands: string[];
  /** The DATA section exactly as received, dot-stuffing included, without the final `.` line. */
  data: string;
  /** Whether the DATA arrived over TLS. */
  encrypted: boolean;
}

export interface SmtpSinkOptions {
  /** Advertised AUTH mechanisms, e.g. ['PLAIN'] or ['LOGIN']; none: no AUTH offered. */
  readonly auth?: readonly string[];
  /** Reply to RCPT TO with this instead of 250. */
  readonly rcptReply?: string;
  /** 'implicit': TLS from the first byte (smtps); 'starttls': plain, offering STARTTLS. */
  readonly tls?: 'implicit' | 'starttls';
  /** Address to listen on (default 127.0.0.1). */
  readonly host?: string;
}

export interface SmtpSink {
  readonly port: number;
  readonly mails: ReceivedMail[];
  close(): Promise<void>;
}

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/tls/${name}`, import.meta.url), 'utf8');
/** The sink's self-signed certificate: clients trust it by passing it as `ca`. */
export const smtpSinkCertificate = fixture('smtp-sink.crt');
const tlsIdentity = { key: fixture('smtp-sink.key'), cert: smtpSinkCertificate };

/** A tiny SMTP server on 127.0.0.1:0 that accepts everything (or the scripted refusals) and records the bytes. */
export async function startSmtpSink(options: SmtpSinkOptions = {}): Promise<SmtpSink> {
  const mails: ReceivedMail[] = [];
  const sockets = new Set<Socket>();
  const converse = (socket: Socket): void => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    const mail: ReceivedMail = { commands: [], data: '', encrypted: socket instanceof TLSSocket };
    mails.push(mail);
    let stream: Socket = socket;
    let buffered = '';
    let inData = false;
    let loginStep = 0;
    const reply = (line: string): void => void stream.write(`${line}\r\n`);
    const onData = (chunk: Buffer): void => {
      buffered += chunk.toString('latin1');
      for (;;) {
        if (inData) {
          const end = buffered.indexOf('\r\n.\r\n');
          if (end === -1) return;
          mail.data = buffered.slice(0, end);
          mail.encrypted = stream instanceof TLSSocket;
          buffered = buffered.slice(end + 5);
          inData = false;
          reply('250 2.0.0 queued');
          continue;
        }
        const end = buffered.indexOf('\r\n');
        if (end === -1) return;
        const line = buffered.slice(0, end);
        buffered = buffered.slice(end + 2);
        mail.commands.push(line);
        const verb = line.split(' ')[0]?.toUpperCase() ?? '';
        if (loginStep > 0) {
          loginStep = loginStep === 1 ? 2 : 0;
          reply(loginStep === 2 ? '334 UGFzc3dvcmQ6' : '235 2.7.0 ok');
        } else if (verb === 'EHLO') {
          const capabilities = [
            ...(options.tls === 'starttls' && !(stream instanceof TLSSocket) ? ['STARTTLS'] : []),
            ...((options.auth ?? []).length > 0 ? [`AUTH ${(options.auth ?? []).join(' ')}`] : []),
          ];
          const lines = ['sink.test', ...capabilities];
          lines.forEach((text, index) => reply(`250${index === lines.length - 1 ? ' ' : '-'}${text}`));
        } else if (verb === 'STARTTLS') {
          reply('220 2.0.0 ready');
          stream.off('data', onData);
          stream = new TLSSocket(socket, { isServer: true, ...tlsIdentity });
          stream.on('data', onData);
        } else if (verb === 'AUTH' && line.toUpperCase().startsWith('AUTH LOGIN')) {
          loginStep = 1;
          reply('334 VXNlcm5hbWU6');
        } else if (verb === 'AUTH') reply('235 2.7.0 ok');
        else if (verb === 'RCPT') reply(options.rcptReply ?? '250 ok');
        else if (verb === 'DATA') {
          inData = true;
          reply('354 go ahead');
        } else if (verb === 'QUIT') {
          reply('221 bye');
          stream.end();
        } else reply('250 ok');
      }
    };
    stream.on('data', onData);
    reply('220 sink.test ESMTP');
  };
  const server: Server = options.tls === 'implicit' ? createTlsServer(tlsIdentity, converse) : createTcpServer(converse);
  await new Promise<void>((resolve) => server.listen(0, options.host ?? '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    mails,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
