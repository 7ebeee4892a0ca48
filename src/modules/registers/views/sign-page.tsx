import { raw } from 'hono/html';
import { platformName, type PageContext } from '../../../web/layout.tsx';
import { answerSensor, shortAnswer } from '../answers.ts';
import { entryName } from '../present.ts';
import type { Lookups, SensorRow } from '../queries.ts';
import { DTPR_CREDIT } from '../vocabulary.ts';

/** The printable sign placed next to a sensor: short answers and a QR code to its page (A4, or A5 with ?size=a5). */
export function SignPage(props: { ctx: PageContext; row: SensorRow; lookups: Lookups; url: string; qrSvg: string; size: 'a4' | 'a5' }) {
  const { ctx, row, lookups, url, qrSvg } = props;
  const { t, locale } = ctx;
  const name = entryName(locale, row);
  const other = props.size === 'a4' ? 'a5' : 'a4';
  return (
    <>
      {raw('<!DOCTYPE html>')}
      <html lang={locale}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${t('registers.sign.title')} · ${name}`}</title>
          <link rel="stylesheet" href="/registers/sign.css" />
        </head>
        <body class={`sign sign-${props.size}`}>
          <nav class="sign-tools" aria-label={t('registers.sign.tools')}>
            <p>
              {t('registers.sign.printHint')} <a href={`/registers/sensors/${row.id}/sign?size=${other}&lang=${locale}`}>{t(`registers.sign.size.${other}`)}</a> ·{' '}
              <a href={`/registers/sensors/${row.id}`}>{t('registers.sign.back')}</a>
            </p>
          </nav>
          <main>
            <p class="sign-city">
              {ctx.city?.logoUploadId && <img class="sign-logo" src={`/uploads/${ctx.city.logoUploadId}/small`} alt="" />}
              {platformName(ctx)}
            </p>
            <p class="sign-kicker">{t('registers.sign.kicker')}</p>
            <h1>{name}</h1>
            <dl class="sign-answers">
              {answerSensor(locale, t, lookups, row).map((a) => (
                <div class="sign-answer">
                  <dt>{a.question}</dt>
                  <dd>{shortAnswer(a, t)}</dd>
                </div>
              ))}
            </dl>
            <div class="sign-qr">
              <div class="sign-qr-code" role="img" aria-label={t('registers.sign.qrLabel', { url })}>
                {raw(qrSvg)}
              </div>
              <p>{t('registers.sign.qrText')}</p>
              <p class="sign-url">{url}</p>
            </div>
            <p class="sign-credit">{t('registers.credit.text', DTPR_CREDIT)}</p>
          </main>
        </body>
      </html>
    </>
  );
}
