import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toBase64 } from '../../src/core/crypto/base64.ts';
import { ed25519PublicKey } from '../../src/core/crypto/ed25519.ts';
import { rootKeyFingerprint } from '../../src/core/trust/fingerprint.ts';
import { removeUser } from '../../src/server/identity/remove-user.ts';
import type { RootSigner } from '../../src/server/identity/root-signer.ts';
import { listNotices, type StoredNotice } from '../../src/server/identity/secretariat-notice.ts';
import { noticeChannelsFor } from '../../src/server/notices/notice-channels.ts';
import { deliverNotices, retryDelayMs } from '../../src/server/notices/notice-delivery.ts';
import { composeNoticeEmail } from '../../src/server/notices/notice-email.ts';
import { startNoticeScheduler } from '../../src/server/notices/notice-scheduler.ts';
import { dotStuff } from '../../src/server/notices/smtp-client.ts';
import type { Store } from '../../src/server/store/store.ts';
import { startHttpSink, type HttpSink } from '../support/http-sink.ts';
import { setUpAuthority, testClock, userWithPassword } from '../support/identity-fixture.ts';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.ts';
import { testEngines } from '../support/test-engines.ts';

describe.each(testEngines())('Secretariat notice delivery on $engine', ({ skipReason, openFresh }) => {
  describe.skipIf(skipReason !== undefined)(skipReason ?? 'with a fresh database', () => {
    const clock = testClock();
    let store: Store;
    let signer: RootSigner;
    let rootPublicKey: Uint8Array;
    let webhook: HttpSink;
    let smtp: SmtpSink;
    let dispose: () => Promise<void>;

    beforeAll(async () => {
      const fresh = await openFresh();
      store = fresh.store;
      dispose = fresh.dispose;
      ({ signer } = await setUpAuthority(store, clock.now));
      rootPublicKey = await ed25519PublicKey(signer.seed);
      webhook = await startHttpSink();
      smtp = await startSmtpSink({ auth: ['PLAIN'] });
    });
    afterAll(async () => {
      await webhook.close();
      await smtp.close();
      await dispose();
    });

    let removed = 0;
    /** Removes a fresh user and returns the notice that queued. */
    async function newNotice(): Promise<StoredNotice> {
      const user = await userWithPassword(store, `leaver-${++removed}`, ['officer'], clock.now);
      const { noticeId } = await removeUser(store.db, signer, user.id, 'transferred', clock.now);
      const notice = (await listNotices(store.db)).find((candidate) => candidate.id === noticeId);
      if (notice === undefined) throw new Error('notice not queued');
      return notice;
    }
    const rowOf = (id: string) => store.db.selectFrom('secretariat_notices').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const authority = () => ({ party: 'KE', rootPublicKey });
    const webhookOnly = () => noticeChannelsFor({ webhookUrl: webhook.url, email: undefined }, authority(), clock.read);
    const email = () => ({ smtpUrl: `smtp://notices:relay-pass@127.0.0.1:${smtp.port}`, to: ['secretariat@cites.example'], from: 'hq@kws.example' });

    it('POSTs the signed notice bytes to the webhook once', async () => {
      const notice = await newNotice();
      const outcomes = await deliverNotices(store.db, webhookOnly(), clock.read, { dueOnly: true });
      expect(outcomes).toEqual([{ id: notice.id, kind: 'user-removed', delivered: true }]);
      const request = webhook.received.at(-1);
      expect(request).toMatchObject({ method: 'POST', url: '/secretariat/hook' });
      expect(request?.headers).toMatchObject({ 'content-type': 'application/cose; cose-type="cose-sign1"', 'hornbill-party': 'KE', 'hornbill-notice-id': notice.id, 'hornbill-notice-kind': 'user-removed' });
      expect(new Uint8Array(request?.body ?? [])).toEqual(notice.signed);
      expect(await rowOf(notice.id)).toMatchObject({ delivered_at: clock.now.toISOString(), webhook_delivered_at: clock.now.toISOString(), delivery_attempts: 1, last_error: null });
      expect(await deliverNotices(store.db, webhookOnly(), clock.read, { dueOnly: true })).toEqual([]);
    });

    it('records a failure in the row and retries with back-off until it goes through', async () => {
      const notice = await newNotice();
      webhook.statuses.push(500, 503);
      const first = await deliverNotices(store.db, webhookOnly(), clock.read, { dueOnly: true });
      expect(first).toEqual([{ id: notice.id, kind: 'user-removed', delivered: false, error: 'webhook: answered HTTP 500', nextAttemptAt: new Date(clock.now.getTime() + 60_000).toISOString() }]);
      expect(await rowOf(notice.id)).toMatchObject({ delivered_at: null, delivery_attempts: 1, last_error: 'webhook: answered HTTP 500' });
      const requests = webhook.received.length;
      expect(await deliverNotices(store.db, webhookOnly(), clock.read, { dueOnly: true })).toEqual([]);
      expect(webhook.received).toHaveLength(requests);
      clock.advance(retryDelayMs(1));
      expect((await deliverNotices(store.db, webhookOnly(), clock.read, { dueOnly: true }))[0]).toMatchObject({ delivered: false, error: 'webhook: answered HTTP 503' });
      expect((await rowOf(notice.id)).next_attempt_at).toBe(new Date(clock.now.getTime() + 120_000).toISOString());
      clock.advance(retryDelayMs(2));
      expect((await deliverNotices(store.db, webhookOnly(), clock.read, { dueOnly: true }))[0]).toMatchObject({ delivered: true });
      expect(await rowOf(notice.id)).toMatchObject({ delivered_at: clock.now.toISOString(), delivery_attempts: 3, next_attempt_at: null, last_error: null });
    });

    it('e-mails the notice as an attachment, and does not resend by a channel that succeeded', async () => {
      const notice = await newNotice();
      const both = noticeChannelsFor({ webhookUrl: webhook.url, email: email() }, authority(), clock.read);
      webhook.statuses.push(502);
      const first = await deliverNotices(store.db, both, clock.read, { dueOnly: true });
      expect(first[0]).toMatchObject({ delivered: false, error: 'webhook: answered HTTP 502' });
      expect(await rowOf(notice.id)).toMatchObject({ email_delivered_at: clock.now.toISOString(), webhook_delivered_at: null });

      const mail = smtp.mails.at(-1);
      expect(mail?.commands).toEqual([
        'EHLO hornbill',
        `AUTH PLAIN ${Buffer.from('\0notices\0relay-pass').toString('base64')}`,
        'MAIL FROM:<hq@kws.example>',
        'RCPT TO:<secretariat@cites.example>',
        'DATA',
        'QUIT',
      ]);
      const context = { party: 'KE', rootKeyFingerprint: rootKeyFingerprint(rootPublicKey), ...email() };
      expect(mail?.data).toBe(dotStuff(composeNoticeEmail(notice, context, clock.now)).replace(/\r\n$/, ''));
      expect(mail?.data.replace(/\r\n/g, '')).toContain(toBase64(notice.signed));
      expect(mail?.data).toContain(`Subject: CITES KE: user-removed notice ${notice.id}`);

      const mailsSent = smtp.mails.length;
      clock.advance(retryDelayMs(1));
      expect((await deliverNotices(store.db, both, clock.read, { dueOnly: true }))[0]).toMatchObject({ delivered: true });
      expect(smtp.mails).toHaveLength(mailsSent);
    });

    it('reports a webhook that cannot be reached, without its URL', async () => {
      const notice = await newNotice();
      const closed = await startHttpSink();
      await closed.close();
      const channels = noticeChannelsFor({ webhookUrl: `${closed.url}?token=hunter22`, email: undefined }, authority(), clock.read);
      const [outcome] = await deliverNotices(store.db, channels, clock.read, { dueOnly: false });
      expect(outcome).toMatchObject({ id: notice.id, delivered: false, error: expect.stringMatching(/^webhook: .*ECONNREFUSED/) });
      expect(JSON.stringify(outcome)).not.toContain('hunter22');
    });
  });
});

describe('the notice scheduler', () => {
  it('runs a pass at once, then one interval after each pass ends, until stopped', async () => {
    const scheduled: { callback: () => void; ms: number }[] = [];
    const timers = { setTimeout: (callback: () => void, ms: number) => scheduled.push({ callback, ms }), clearTimeout: () => undefined };
    let passes = 0;
    const errors: unknown[] = [];
    const scheduler = startNoticeScheduler(
      async () => {
        passes++;
        if (passes === 2) throw new Error('database away');
      },
      { intervalMs: 30_000, onError: (error) => errors.push(error), timers },
    );
    expect(scheduled.map((timer) => timer.ms)).toEqual([0]);
    scheduled[0]?.callback();
    await new Promise((resolve) => setImmediate(resolve));
    expect(passes).toBe(1);
    expect(scheduled.map((timer) => timer.ms)).toEqual([0, 30_000]);
    scheduled[1]?.callback();
    await new Promise((resolve) => setImmediate(resolve));
    expect(passes).toBe(2);
    expect(errors).toHaveLength(1);
    expect(scheduled).toHaveLength(3);
    await scheduler.stop();
    scheduled[2]?.callback();
    await scheduler.stop();
    expect(scheduled).toHaveLength(3);
  });
});
