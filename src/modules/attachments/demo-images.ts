import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { loadSharp, reencodeImage } from '../../platform/image-reencoding.ts';
import type { AttachmentOwner } from './queries.ts';
import { noAttachmentChange, saveWithAttachments } from './service.ts';

/**
 * The demo city's pictures, drawn here from SVG and rasterised by sharp when the demo is seeded:
 * simple flat illustrations made for cocity (nothing downloaded, no photograph of a real place),
 * under the repository's own licence. Each is sent through the same re-encoding as an upload.
 */
export const demoImageCredits = 'Illustrations dessinées pour la démo de cocity (SVG rendu par sharp), sous la licence du dépôt. / Illustrations drawn for the cocity demo (SVG rendered by sharp), under the repository’s licence.';

const W = 1200;
const H = 800;
const sky = (top: string, bottom: string) =>
  `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient></defs><rect width="${W}" height="${H}" fill="url(#sky)"/>`;
const tree = (x: number, y: number, r: number) => `<rect x="${x - 8}" y="${y}" width="16" height="${r * 1.4}" fill="#6b4a2b"/><circle cx="${x}" cy="${y - r * 0.3}" r="${r}" fill="#3f8f4f"/><circle cx="${x - r * 0.6}" cy="${y}" r="${r * 0.7}" fill="#4fa35e"/>`;
const bench = (x: number, y: number) => `<rect x="${x}" y="${y}" width="120" height="14" rx="4" fill="#8a5a33"/><rect x="${x + 10}" y="${y + 14}" width="10" height="30" fill="#444"/><rect x="${x + 100}" y="${y + 14}" width="10" height="30" fill="#444"/>`;
const sun = (x: number, y: number) => `<circle cx="${x}" cy="${y}" r="60" fill="#ffd34d"/>`;

// A schoolyard opened in summer: trees, benches, children's hopscotch and a water fountain.
const schoolyard = `${sky('#8fd3ff', '#e6f6ff')}${sun(1040, 120)}
<rect x="0" y="300" width="${W}" height="200" fill="#e9d8b6"/><rect x="80" y="150" width="520" height="200" fill="#f2c9a0"/>
${[0, 1, 2, 3, 4].map((i) => `<rect x="${110 + i * 100}" y="190" width="60" height="70" fill="#9cc9e8"/>`).join('')}
<rect x="0" y="480" width="${W}" height="320" fill="#c9c0b0"/>
${[0, 1, 2, 3].map((i) => `<rect x="${700 + i * 60}" y="600" width="56" height="56" fill="none" stroke="#fff" stroke-width="6"/>`).join('')}
${tree(150, 470, 90)}${tree(460, 480, 110)}${tree(1050, 470, 95)}${bench(220, 640)}${bench(900, 700)}
<rect x="600" y="620" width="30" height="90" fill="#7a8a99"/><circle cx="615" cy="615" r="22" fill="#5aa9e6"/>`;

// Two push-button drinking fountains on the market square, between striped stalls.
const fountains = `${sky('#a7dcff', '#fff4de')}${sun(160, 110)}
<rect x="0" y="520" width="${W}" height="280" fill="#d8cbb5"/>
${[0, 1, 2].map((i) => `<rect x="${100 + i * 380}" y="330" width="260" height="190" fill="#fff"/>${[0, 1, 2, 3, 4, 5].map((s) => `<rect x="${100 + i * 380 + s * 44}" y="300" width="22" height="60" fill="${['#d9534f', '#f0ad4e', '#5cb85c'][i]}"/>`).join('')}<rect x="${100 + i * 380}" y="300" width="260" height="60" fill="none" stroke="#555" stroke-width="4"/>`).join('')}
${[430, 810].map((x) => `<rect x="${x}" y="560" width="44" height="170" rx="10" fill="#3d6f8e"/><rect x="${x - 10}" y="550" width="64" height="20" rx="6" fill="#2c5570"/><path d="M${x + 22} 548 q 30 -50 60 0" stroke="#5ac8fa" stroke-width="8" fill="none"/>`).join('')}`;

// A bus stop under a triangular shade sail on a hot avenue of lime trees.
const shadeSail = `${sky('#ffcf7a', '#fff0c9')}${sun(1000, 140)}
<rect x="0" y="560" width="${W}" height="240" fill="#7d7d7d"/><rect x="0" y="540" width="${W}" height="30" fill="#bdb6a8"/>
${[0, 1, 2, 3, 4, 5, 6, 7].map((i) => `<rect x="${i * 160 + 40}" y="670" width="90" height="12" fill="#fff"/>`).join('')}
${tree(100, 520, 80)}${tree(1100, 520, 80)}
<rect x="380" y="300" width="10" height="250" fill="#555"/><rect x="820" y="260" width="10" height="290" fill="#555"/>
<polygon points="385,300 825,262 640,400" fill="#f5f5f5" stroke="#ccc" stroke-width="4"/>
<rect x="470" y="430" width="260" height="110" fill="#9fd3e6" opacity="0.7" stroke="#555" stroke-width="4"/>${bench(540, 500)}
<rect x="760" y="380" width="70" height="44" rx="6" fill="#1e6fb8"/><text x="795" y="412" font-family="sans-serif" font-size="26" fill="#fff" text-anchor="middle">BUS</text>`;

/** The demo's pictures, by the start of the title of the proposal they illustrate. */
export const demoProposalImages = [
  { titleStart: 'Ouvrir la cour de l’école', svg: schoolyard, alt: 'Dessin : la cour de l’école ouverte l’été, avec des arbres, des bancs à l’ombre et une fontaine.' },
  { titleStart: 'Installer des fontaines à eau', svg: fountains, alt: 'Dessin : deux fontaines à bouton poussoir entre les étals du marché.' },
  { titleStart: 'Des voiles d’ombrage', svg: shadeSail, alt: 'Dessin : un arrêt de bus sous une voile d’ombrage triangulaire, sur une avenue plantée de tilleuls.' },
];

/** Draws one demo picture and attaches it, re-encoded like any upload, to its owner. */
export async function attachDemoImage(db: Kysely<Database>, uploadDir: string, owner: AttachmentOwner, userId: string, svg: string, alt: string): Promise<void> {
  const sharp = await loadSharp();
  const png = await sharp(Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${svg}</svg>`)).jpeg({ quality: 85 }).toBuffer();
  const result = await reencodeImage(new Uint8Array(png));
  if (!result.ok) throw new Error(`demo image refused: ${result.refusal}`);
  const plan = { ...noAttachmentChange(), newImages: [{ image: result.image, alt_fr: alt, alt_en: '' }] };
  await saveWithAttachments(db, uploadDir, plan, userId, async () => ({ owner, value: null }));
}
