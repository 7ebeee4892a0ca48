import { formatNumber, localized } from '../../../platform/i18n/index.ts';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import type { AtAGlance } from '../at-a-glance.ts';
import { namedIn } from '../../../web/localized-text.tsx';

/** One figure: the number large, what it counts, and where to act on it. */
function Figure(props: { ctx: PageContext; id: string; count: number; labelKey: string; href: string; linkKey?: string; children?: unknown }) {
  const { t, locale } = props.ctx;
  return (
    <li class="card glance">
      <p class="glance-figure" id={`glance-${props.id}`}>
        <strong>{formatNumber(locale, props.count)}</strong> {t(props.labelKey, { count: props.count })}
      </p>
      {props.children as never}
      <p><a href={props.href}>{t(props.linkKey ?? 'admin.glance.title')}</a></p>
    </li>
  );
}

/** The admin home: the figures a clerk checks first (each with its page), then links to every admin tool. */
export function AdminDashboard(props: { ctx: PageContext; glance: AtAGlance }) {
  const { ctx, glance } = props;
  const { t, locale } = ctx;
  const percent = (part: number, whole: number) => formatNumber(locale, whole ? part / whole : 0, { style: 'percent', maximumFractionDigits: 1 });
  const links: [string, string][] = [
    ['/admin/processes', 'admin.processes'],
    ['/admin/users', 'admin.users'],
    ['/admin/neighbourhoods', 'admin.neighbourhoods'],
    ['/admin/geography', 'geography.admin.title'],
    ['/admin/indicators', 'indicators.admin.title'],
    ['/admin/verification', 'verification.admin.title'],
    ['/admin/participation', 'participation.admin.title'],
    ['/admin/audit', 'admin.audit'],
    ['/admin/outbox', 'admin.outbox'],
    ['/admin/legal', 'legal.admin.title'],
    ['/admin/city', 'legal.identity.title'],
  ];
  return (
    <Layout ctx={ctx} title={t('admin.title')}>
      <h1>{t('admin.title')}</h1>
      <p class="lead">{t('admin.intro')}</p>
      <h2>{t('admin.glance.title')}</h2>
      <ul class="cards">
        <Figure ctx={ctx} id="participants" count={glance.participantsThisMonth} labelKey="admin.glance.participants" href="/admin/participation" linkKey="admin.glance.participantsLink">
          <p class="hint">{t('admin.glance.participantsHint')}</p>
        </Figure>
        <Figure ctx={ctx} id="waiting" count={glance.waiting.count} labelKey="admin.glance.waiting" href="/admin/processes" linkKey="admin.processes">
          {glance.waiting.medianDays !== null && <p class="hint">{t('admin.glance.waitingMedian', { days: glance.waiting.medianDays })}</p>}
          {glance.waiting.longest.length > 0 && (
            <>
              <p class="hint">{t('admin.glance.waitingLongest')}</p>
              <ul>
                {glance.waiting.longest.map((w) => (
                  <li><a href={`/proposals/${w.id}`}>{t('admin.glance.waitingItem', { title: w.title, days: w.days })}</a></li>
                ))}
              </ul>
            </>
          )}
        </Figure>
        <Figure ctx={ctx} id="queue" count={glance.moderationQueue} labelKey="admin.glance.queue" href="/moderation" linkKey="admin.glance.queueLink" />
        <Figure ctx={ctx} id="votes" count={glance.openVotes.length} labelKey="admin.glance.votes" href="/admin/processes" linkKey="admin.processes">
          {glance.openVotes.length > 0 && (
            <ul>
              {glance.openVotes.map((v) => (
                <li>
                  <a href={`/admin/budgets/${v.budget.id}`}>
                    {namedIn(ctx, (title) => t('admin.glance.voteTurnout', { title, voters: v.voters, percent: percent(v.voters, glance.confirmedAccounts), accounts: glance.confirmedAccounts }), v.budget.title_fr, v.budget.title_en).marked}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </Figure>
        <Figure ctx={ctx} id="overdue" count={glance.overdueReviews} labelKey="admin.glance.overdue" href="/registers/dashboard" linkKey="admin.glance.overdueLink" />
      </ul>
      <h2>{t('admin.glance.tools')}</h2>
      <ul class="cards">
        {links.map(([href, key]) => (
          <li class="card"><a href={href}>{t(key)}</a></li>
        ))}
      </ul>
    </Layout>
  );
}
