import { formatNumber, localized } from '../../../platform/i18n/index.ts';
import type { PageContext } from '../../../web/layout.tsx';
import { otherLanguage } from '../../../web/localized-text.tsx';
import { UploadedImage } from '../../../web/uploaded-image.tsx';
import type { AttachmentView } from '../queries.ts';

/** A link to download a document, with its type and size so nobody downloads blind. */
export function DocumentLink(props: { ctx: PageContext; attachment: AttachmentView }) {
  const { t, locale } = props.ctx;
  const kilobytes = formatNumber(locale, Math.max(1, Math.round(props.attachment.size / 1024)));
  return (
    <>
      <a href={`/files/${props.attachment.id}`} download={props.attachment.name}>{props.attachment.name}</a> {t('attachments.documentSize', { kilobytes })}
    </>
  );
}

/** An owner's images (each with its alt text, phones getting the small rendition) and its documents. */
export function AttachmentGallery(props: { ctx: PageContext; attachments: AttachmentView[]; headingId: string }) {
  const { ctx, attachments } = props;
  const images = attachments.filter((a) => a.kind === 'image');
  const documents = attachments.filter((a) => a.kind === 'document');
  if (attachments.length === 0) return null;
  return (
    <section aria-labelledby={props.headingId} class="attachments">
      <h2 id={props.headingId}>{ctx.t('attachments.heading')}</h2>
      {images.length > 0 && (
        <ul class="gallery">
          {images.map((a) => <li><UploadedImage id={a.upload_id} alt={localized(ctx.locale, a.alt_fr, a.alt_en)} lang={otherLanguage(ctx.locale, a.alt_fr, a.alt_en)} /></li>)}
        </ul>
      )}
      {documents.length > 0 && (
        <ul>
          {documents.map((a) => <li><DocumentLink ctx={ctx} attachment={a} /></li>)}
        </ul>
      )}
    </section>
  );
}

/** The first image of a card, small (the phone-sized rendition), or nothing; its alt text marked when in the page's other language. */
export function CardThumbnail(props: { ctx: PageContext; image: AttachmentView | undefined; width?: number }) {
  const { image, ctx } = props;
  if (!image) return null;
  return <UploadedImage id={image.upload_id} alt={localized(ctx.locale, image.alt_fr, image.alt_en)} lang={otherLanguage(ctx.locale, image.alt_fr, image.alt_en)} width={props.width ?? 240} />;
}
