import type { Child } from 'hono/jsx';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import { DTPR_CREDIT } from '../vocabulary.ts';

/** Links between the register pages. */
export function RegisterNav(props: { ctx: PageContext }) {
  const { t } = props.ctx;
  return (
    <nav aria-label={t('registers.nav')}>
      <p>
        <a href="/registers/sensors">{t('registers.sensors.title')}</a> · <a href="/registers/algorithms">{t('registers.algorithms.title')}</a> ·{' '}
        <a href="/registers/dashboard">{t('registers.dashboard.title')}</a> · <a href="/registers/feed.atom">{t('registers.feed')}</a>
        {props.ctx.user?.role === 'admin' && (
          <>
            {' · '}
            <a href="/admin/registers">{t('registers.admin.title')}</a>
          </>
        )}
      </p>
    </nav>
  );
}

/** Credits the DTPR vocabulary and its licence (shown at the foot of every register page). */
export function DtprCredit(props: { ctx: PageContext }) {
  return (
    <aside class="notice" aria-label={props.ctx.t('registers.credit.title')}>
      <p>{props.ctx.t('registers.credit.text', DTPR_CREDIT)}</p>
    </aside>
  );
}

/** The frame of a register page: site layout, register navigation, the page, then the credit. */
export function RegisterLayout(props: { ctx: PageContext; title: string; children: Child }) {
  return (
    <Layout ctx={props.ctx} title={props.title}>
      <RegisterNav ctx={props.ctx} />
      {props.children}
      <DtprCredit ctx={props.ctx} />
    </Layout>
  );
}
