import type { OutboxTable } from '../../../db/schema.ts';
import { formatDateTime } from '../../../platform/i18n/index.ts';
import { Layout, type PageContext } from '../../../web/layout.tsx';

/** The mails cocity kept instead of sending (no SMTP configured). */
export function OutboxPage(props: { ctx: PageContext; mails: OutboxTable[]; smtp: boolean }) {
  const { t, locale } = props.ctx;
  return (
    <Layout ctx={props.ctx} title={t('admin.outbox')}>
      <h1>{t('admin.outbox')}</h1>
      <p>{t(props.smtp ? 'admin.outbox.smtp' : 'admin.outbox.intro')}</p>
      {props.mails.length === 0 && <p>{t('admin.outbox.empty')}</p>}
      {props.mails.map((m) => (
        <article class="card mail">
          <h2>{m.subject}</h2>
          <p class="meta">
            {`${t('common.labelled', { label: t('admin.outbox.to'), value: m.to_address })} · `}
            <time datetime={m.created_at}>{formatDateTime(locale, m.created_at)}</time>
          </p>
          <pre class="mail">{m.text_body}</pre>
        </article>
      ))}
    </Layout>
  );
}
