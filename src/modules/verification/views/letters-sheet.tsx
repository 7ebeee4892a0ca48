import { raw } from 'hono/html';
import { translator } from '../../../platform/i18n/index.ts';
import type { PrintedLetter } from '../letter-service.ts';

/**
 * The printable sheet: one letter per page, each in its resident's language, with the code and its
 * last day. A page of its own (no site frame) so it prints as letters; the codes are nowhere else.
 */
export function LettersSheet(props: { letters: PrintedLetter[]; baseUrl: string; lang: 'fr' | 'en' }) {
  return (
    <>
      {raw('<!DOCTYPE html>')}
      <html lang={props.lang}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{translator(props.lang)('verification.sheet.title')}</title>
          <link rel="stylesheet" href="/static/style.css" />
        </head>
        <body>
          <main>
            {props.letters.map((letter) => {
              const t = translator(letter.locale);
              const until = new Intl.DateTimeFormat(letter.locale, { dateStyle: 'long' }).format(new Date(letter.expiresAt));
              return (
                <article class="letter" lang={letter.locale}>
                  <address>
                    {letter.name}
                    {letter.address.split(/\r?\n/).map((line) => (
                      <>
                        <br />
                        {line}
                      </>
                    ))}
                  </address>
                  <h1>{t('verification.sheet.heading')}</h1>
                  <p>{t('verification.sheet.body')}</p>
                  <p class="letter-code">{letter.code}</p>
                  <p>{t('verification.sheet.where', { url: `${props.baseUrl}/verification` })}</p>
                  <p>{t('verification.sheet.until', { date: until })}</p>
                  <p class="meta">{t('verification.sheet.notYou')}</p>
                </article>
              );
            })}
          </main>
        </body>
      </html>
    </>
  );
}
