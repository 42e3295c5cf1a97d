import { rootKeyFingerprint } from '../../core/trust/fingerprint.ts';
import type { NoticeDeliveryConfig } from '../config.ts';
import type { Authority } from '../identity/authority.ts';
import { composeNoticeEmail } from './notice-email.ts';
import type { NoticeChannels } from './notice-delivery.ts';
import { postNoticeToWebhook } from './notice-webhook.ts';
import { sendMail } from './smtp-client.ts';

/** The senders the configuration asks for (none when neither NOTICE_WEBHOOK_URL nor SMTP_URL is set). */
export function noticeChannelsFor(config: NoticeDeliveryConfig, authority: Pick<Authority, 'party' | 'rootPublicKey'>, clock: () => Date): NoticeChannels {
  const { webhookUrl, email } = config;
  return {
    ...(webhookUrl === undefined ? {} : { webhook: (notice) => postNoticeToWebhook(webhookUrl, notice, authority.party) }),
    ...(email === undefined
      ? {}
      : {
          email: (notice) => {
            const context = { party: authority.party, rootKeyFingerprint: rootKeyFingerprint(authority.rootPublicKey), from: email.from, to: email.to };
            return sendMail({ smtpUrl: email.smtpUrl, from: email.from, to: email.to, message: composeNoticeEmail(notice, context, clock()) });
          },
        }),
  };
}

export function hasNoticeChannel(channels: NoticeChannels): boolean {
  return channels.webhook !== undefined || channels.email !== undefined;
}
