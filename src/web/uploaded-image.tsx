/**
 * An uploaded image as pages show it. Every upload is served twice, both re-encoded on the server
 * (src/platform/uploads.ts): the full rendition (at most 2048 px) and a phone-sized one (at most 640 px
 * wide). Phones and thumbnails get the small one: a ballot listing thirty projects, or a process page
 * opened on a slow mobile connection, then downloads a fraction of the bytes.
 */

const fullUrl = (id: string) => `/uploads/${id}`;
const smallUrl = (id: string) => `/uploads/${id}/small`;

// Up to this screen width the 640 px rendition is as sharp as the layout needs (40rem = 640 CSS px).
const narrowScreen = '(max-width: 40rem)';
// Shown at most this wide, the 640 px rendition is still sharp on a screen of double density.
const thumbnailWidth = 320;

/**
 * An uploaded image: the small rendition for thumbnails and phones, the full one for wider screens. `lang` is
 * the language of the alt text when it is not the page's (a French-only alt text on an English page).
 */
export function UploadedImage(props: { id: string; alt: string; width?: number; lang?: string }) {
  if (props.width !== undefined && props.width <= thumbnailWidth) return <img class="hero" src={smallUrl(props.id)} alt={props.alt} width={props.width} lang={props.lang} />;
  return (
    <picture>
      <source media={narrowScreen} srcset={smallUrl(props.id)} />
      <img class="hero" src={fullUrl(props.id)} alt={props.alt} width={props.width} lang={props.lang} />
    </picture>
  );
}
