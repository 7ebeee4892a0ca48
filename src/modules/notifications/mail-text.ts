import type { Config, Locale } from '../../config.ts';
import type { MailMessage } from '../../platform/mail.ts';
import { formatDate, translator, type Translate } from '../../platform/i18n/index.ts';
import { createUnsubscribeToken } from './unsubscribe-token.ts';

/** The language of a person's emails: their chosen one, else French. */
export function mailLocale(stored: string | null): Locale {
  return stored === 'en' ? 'en' : 'fr';
}

/**
 * How the emails name the platform: by the city's name when its admins set one, else by the address people
 * know it at (the instance's BASE_URL) — never "cocity", which residents do not know.
 */
export function platformName(config: Pick<Config, 'baseUrl'>, cityName: string | null = null): string {
  return cityName?.trim() || URL.parse(config.baseUrl)?.host || config.baseUrl;
}

/** Who sends: the instance's configuration and the city's name (null when the admins set none). */
export interface MailSender {
  config: Config;
  cityName: string | null;
}

/**
 * The news itself, so the email can be read without opening the site: the status of an official answer,
 * a moderation reason, and the text (the comment, the answer's rationale) quoted line by line.
 */
export function newsLines(t: Translate, params: Record<string, string>): string[] {
  const lines: string[] = [];
  if (params.statusKey) lines.push(t('notifications.mail.status', { status: t(params.statusKey) }));
  if (params.reason) lines.push(t('notifications.mail.reason', { reason: params.reason }));
  if (params.news) lines.push(...params.news.split(/\r?\n/).map((line) => (line ? `> ${line}` : '>')));
  return lines.length ? [...lines, ''] : [];
}

function footer({ config, cityName }: MailSender, locale: Locale, userId: string): string[] {
  const t = translator(locale);
  const token = createUnsubscribeToken(config.authSecret, userId);
  return [
    '--',
    t('notifications.mail.why', { site: platformName(config, cityName) }),
    `${t('notifications.mail.preferences')} ${config.baseUrl}/account/notifications/preferences`,
    `${t('notifications.mail.unsubscribe')} ${config.baseUrl}/notifications/unsubscribe?token=${token}`,
  ];
}

/** The email telling one person about one notification, in their language, with an unsubscribe link. */
export function notificationMail(sender: MailSender, person: { id: string; email: string; locale: string | null }, n: { kind: string; params: Record<string, string>; url: string }): MailMessage {
  const locale = mailLocale(person.locale);
  const t = translator(locale);
  const subject = t(`notifications.kind.${n.kind}`, n.params);
  const text = [subject, '', ...newsLines(t, n.params), `${t('notifications.mail.open')} ${sender.config.baseUrl}${n.url}`, '', ...footer(sender, locale, person.id)].join('\n');
  return { to: person.email, subject, text };
}

/** The daily digest of one person: every pending notification, one per line with its link. */
export function digestMail(
  sender: MailSender,
  person: { id: string; email: string; locale: string | null },
  items: { kind: string; params: Record<string, string>; url: string; createdAt: string }[],
): MailMessage {
  const locale = mailLocale(person.locale);
  const t = translator(locale);
  const { config } = sender;
  const subject = t('notifications.digest.subject', { count: items.length, site: platformName(config, sender.cityName) });
  const lines = items.flatMap((n) => [
    `- ${t(`notifications.kind.${n.kind}`, n.params)} (${formatDate(locale, n.createdAt)})`,
    ...newsLines(t, n.params).filter(Boolean).map((line) => `  ${line}`),
    `  ${config.baseUrl}${n.url}`,
  ]);
  const text = [t('notifications.digest.lead'), '', ...lines, '', ...footer(sender, locale, person.id)].join('\n');
  return { to: person.email, subject, text };
}
