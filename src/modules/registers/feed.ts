import type { Kysely } from 'kysely';
import type { Locale } from '../../config.ts';
import type { Database } from '../../db/schema.ts';
import type { Translate } from '../../platform/i18n/index.ts';
import { localized } from '../../platform/i18n/index.ts';
import { describeChange, parseChanges } from './history.ts';
import { entryName } from './present.ts';
import { loadLookups, recentChanges } from './queries.ts';

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[ch]!);

/** The Atom feed of the latest changes to both registers. */
export async function registerFeed(db: Kysely<Database>, base: string, locale: Locale, t: Translate): Promise<string> {
  const [changes, lookups] = await Promise.all([recentChanges(db), loadLookups(db)]);
  const ids = (type: string) => [...new Set(changes.filter((c) => c.entry_type === type).map((c) => c.entry_id))];
  const sensorIds = ids('sensor');
  const algorithmIds = ids('algorithm');
  const [sensors, algorithms] = await Promise.all([
    sensorIds.length ? db.selectFrom('register_sensor').select(['id', 'name_fr', 'name_en']).where('id', 'in', sensorIds).execute() : [],
    algorithmIds.length ? db.selectFrom('register_algorithm').select(['id', 'name_fr', 'name_en']).where('id', 'in', algorithmIds).execute() : [],
  ]);
  const names = new Map([...sensors, ...algorithms].map((r) => [r.id, entryName(locale, r)]));
  const updated = changes[0]?.created_at ?? new Date(0).toISOString();
  const entries = changes.map((c) => {
    const type = c.entry_type === 'algorithm' ? 'algorithm' : 'sensor';
    const url = `${base}/registers/${type}s/${c.entry_id}`;
    const d = lookups.departments.get(c.department_id);
    const department = d ? localized(locale, d.name_fr, d.name_en) : '';
    const title = `${names.get(c.entry_id) ?? c.entry_id} — ${t(c.kind === 'created' ? 'registers.history.created' : 'registers.history.updated', { department })}`;
    const summary = parseChanges(c.changes).map((ch) => describeChange(locale, t, lookups, type, ch)).join('\n');
    return [
      '<entry>',
      `<id>urn:uuid:${escapeXml(c.id)}</id>`,
      `<title>${escapeXml(title)}</title>`,
      `<link href="${escapeXml(url)}"/>`,
      `<updated>${escapeXml(c.created_at)}</updated>`,
      `<author><name>${escapeXml(department)}</name></author>`,
      `<summary>${escapeXml(summary || title)}</summary>`,
      '</entry>',
    ].join('');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`,
    `<id>${escapeXml(`${base}/registers/feed.atom`)}</id>`,
    `<title>${escapeXml(t('registers.feedTitle'))}</title>`,
    `<link rel="self" href="${escapeXml(`${base}/registers/feed.atom`)}"/>`,
    `<link href="${escapeXml(`${base}/registers`)}"/>`,
    `<updated>${escapeXml(updated)}</updated>`,
    ...entries,
    '</feed>',
  ].join('\n');
}
