import { afterEach, describe, expect, it } from 'vitest';
import { sendMail } from '../../src/server/notices/smtp-client.ts';
import { smtpSinkCertificate, startSmtpSink, type SmtpSink } from '../support/smtp-sink.ts';

const message = 'Subject: test\n\n.leading dot\nplain line\n..two dots\n.';
const b64 = (text: string): string => Buffer.from(text).toString('base64');

describe('the SMTP client against a local sink', () => {
  let sink: SmtpSink | undefined;
  afterEach(async () => sink?.close());

  it('sends EHLO, AUTH PLAIN, MAIL, RCPT per recipient, dot-stuffed DATA and QUIT', async () => {
    sink = await startSmtpSink({ auth: ['LOGIN', 'PLAIN'] });
    await sendMail({ smtpUrl: `smtp://notices%40kws:s3cret%21@127.0.0.1:${sink.port}`, from: 'hq@kws.example', to: ['a@cites.example', 'b@cites.example'], message });
    expect(sink.mails[0]?.commands).toEqual([
      'EHLO hornbill',
      `AUTH PLAIN ${b64('\0notices@kws\0s3cret!')}`,
      'MAIL FROM:<hq@kws.example>',
      'RCPT TO:<a@cites.example>',
      'RCPT TO:<b@cites.example>',
      'DATA',
      'QUIT',
    ]);
    expect(sink.mails[0]?.data).toBe('Subject: test\r\n\r\n..leading dot\r\nplain line\r\n...two dots\r\n..');
  });

  it('uses AUTH LOGIN when that is all the server offers, and no AUTH without credentials', async () => {
    sink = await startSmtpSink({ auth: ['LOGIN'] });
    await sendMail({ smtpUrl: `smtp://user:pass@localhost:${sink.port}`, from: 'a@x.example', to: ['b@y.example'], message });
    expect(sink.mails[0]?.commands.slice(1, 4)).toEqual(['AUTH LOGIN', b64('user'), b64('pass')]);
    await sendMail({ smtpUrl: `smtp://127.0.0.1:${sink.port}`, from: 'a@x.example', to: ['b@y.example'], message });
    expect(sink.mails[1]?.commands[1]).toBe('MAIL FROM:<a@x.example>');
  });

  it('fails with the refusing reply, never echoing the password', async () => {
    sink = await startSmtpSink({ rcptReply: '550 5.1.1 no such mailbox' });
    const sending = sendMail({ smtpUrl: `smtp://127.0.0.1:${sink.port}`, from: 'a@x.example', to: ['nobody@y.example'], message });
    await expect(sending).rejects.toThrow('SMTP: RCPT answered 550 5.1.1 no such mailbox');
    const noAuth = sendMail({ smtpUrl: `smtp://u:hunter22@127.0.0.1:${sink.port}`, from: 'a@x.example', to: ['b@y.example'], message });
    await expect(noAuth).rejects.toThrow('SMTP: the server offers neither AUTH PLAIN nor AUTH LOGIN');
  });

  it('speaks TLS from the first byte for smtps://, checking the certificate', async () => {
    sink = await startSmtpSink({ tls: 'implicit', auth: ['PLAIN'] });
    const url = `smtps://u:p@localhost:${sink.port}`;
    await sendMail({ smtpUrl: url, from: 'a@x.example', to: ['b@y.example'], message, ca: smtpSinkCertificate });
    expect(sink.mails[0]).toMatchObject({ encrypted: true, data: 'Subject: test\r\n\r\n..leading dot\r\nplain line\r\n...two dots\r\n..' });
    await expect(sendMail({ smtpUrl: url, from: 'a@x.example', to: ['b@y.example'], message })).rejects.toThrow(/^SMTP: .*self-signed certificate/);
  });

  // 127.0.0.2 is loopback to the kernel but not on the client's short list, so it stands in for a remote host.
  it('upgrades a remote connection with STARTTLS when offered, and only then sends credentials', async () => {
    sink = await startSmtpSink({ tls: 'starttls', auth: ['PLAIN'], host: '0.0.0.0' });
    await sendMail({ smtpUrl: `smtp://u:p@127.0.0.2:${sink.port}`, from: 'a@x.example', to: ['b@y.example'], message, ca: smtpSinkCertificate });
    expect(sink.mails[0]?.commands.slice(0, 4)).toEqual(['EHLO hornbill', 'STARTTLS', 'EHLO hornbill', `AUTH PLAIN ${b64('\0u\0p')}`]);
    expect(sink.mails[0]?.encrypted).toBe(true);
    await sendMail({ smtpUrl: `smtp://u:p@localhost:${sink.port}`, from: 'a@x.example', to: ['b@y.example'], message });
    expect(sink.mails[1]).toMatchObject({ encrypted: false, commands: expect.arrayContaining(['EHLO hornbill', `AUTH PLAIN ${b64('\0u\0p')}`]) });
    expect(sink.mails[1]?.commands).not.toContain('STARTTLS');
    await sink.close();

    sink = await startSmtpSink({ auth: ['PLAIN'], host: '0.0.0.0' });
    const refused = sendMail({ smtpUrl: `smtp://u:hunter22@127.0.0.2:${sink.port}`, from: 'a@x.example', to: ['b@y.example'], message });
    await expect(refused).rejects.toThrow(/^SMTP: refusing to send credentials unencrypted: the server offers no STARTTLS \(use smtps:\/\/\)$/);
    expect(sink.mails[0]?.commands).toEqual(['EHLO hornbill']);
  });

  it('reports a refused connection', async () => {
    sink = await startSmtpSink();
    const port = sink.port;
    await sink.close();
    sink = undefined;
    await expect(sendMail({ smtpUrl: `smtp://127.0.0.1:${port}`, from: 'a@x.example', to: ['b@y.example'], message })).rejects.toThrow(/^SMTP: .*ECONNREFUSED/);
  });
});
