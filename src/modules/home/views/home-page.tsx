import { Layout, type PageContext } from '../../../web/layout.tsx';
import { ProcessCards, type ProcessSummary } from '../../processes/index.ts';

/** The home page: what cocity is for, then open processes, then closed ones. */
export function HomePage(props: { ctx: PageContext; items: ProcessSummary[] }) {
  const { ctx, items } = props;
  const { t } = ctx;
  const open = items.filter((i) => !i.closed);
  const closed = items.filter((i) => i.closed);
  return (
    <Layout ctx={ctx} title={t('home.title')}>
      <h1>{t('home.title')}</h1>
      <p class="lead">{t('home.intro')}</p>
      <p>{t('home.orientation')}</p>
      <section aria-labelledby="open-title">
        <h2 id="open-title">{t('home.open')}</h2>
        {open.length ? <ProcessCards ctx={ctx} items={open} /> : <p>{t('home.noneOpen')}</p>}
      </section>
      <section aria-labelledby="closed-title">
        <h2 id="closed-title">{t('home.closed')}</h2>
        {closed.length ? <ProcessCards ctx={ctx} items={closed} /> : <p>{t('home.noneClosed')}</p>}
      </section>
      <p><a href="/processes">{t('home.allProcesses')}</a></p>
    </Layout>
  );
}
