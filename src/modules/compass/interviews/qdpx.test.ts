import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { XmlDocument, XsdValidator } from 'libxml2-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refiQdaProjectSchema } from '../../../../test/fixtures/index.ts';
import { createTestContext, type TestClient, type TestContext } from '../../../../test/support/app.ts';
import { readProjectArchive, type ReadCode } from './qdpx-read.ts';

let source: TestContext;
let target: TestContext;
let sourceAdmin: TestClient;
let targetAdmin: TestClient;

const transcript = 'Q : Quelle ville voulez-vous ?\nR : Une ville où l’on se parle. Les capteurs ? Pas partout.\nR : Le jardin partagé, c’est ça la ville « smart » 🌱.';

async function exportFrom(client: TestClient): Promise<Uint8Array> {
  const res = await client.get('/compass/interviews/project.qdpx?lang=fr');
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/zip');
  return new Uint8Array(await res.arrayBuffer());
}

async function importInto(client: TestClient, bytes: Uint8Array, name = 'project.qdpx'): Promise<Response> {
  const form = new FormData();
  form.append('file', new File([bytes as Uint8Array<ArrayBuffer>], name, { type: 'application/zip' }));
  return client.postMultipart('/compass/interviews/import', form);
}

// What must survive a round trip: every code (by its path of names) and every segment (source, offsets, codes), and memos.
function summary(bytes: Uint8Array) {
  const project = readProjectArchive(bytes);
  const paths = new Map<string, string>();
  const walk = (codes: ReadCode[], prefix: string) => codes.forEach((c) => (paths.set(c.guid, prefix + c.name), walk(c.children, `${prefix}${c.name} / `)));
  walk(project.codes, '');
  return {
    codes: [...paths.values()].sort(),
    sources: project.sources
      .map((s) => ({ name: s.name, group: project.variables.get(s.guid)?.stakeholderGroup, text: s.text, segments: s.selections.map((sel) => `${sel.start}-${sel.end}:${sel.codeGuids.map((g) => paths.get(g)).sort().join('+')}:${sel.noteGuids.map((n) => project.notes.get(n)).join('')}`).sort(), memos: s.noteGuids.map((n) => project.notes.get(n)) }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}

beforeAll(async () => {
  [source, target] = await Promise.all([createTestContext(), createTestContext()]);
  sourceAdmin = await source.client().signInAs(source, await source.createUser({ role: 'admin' }));
  targetAdmin = await target.client().signInAs(target, await target.createUser({ role: 'admin' }));
  const code = async (key: string) => (await source.deps.db.selectFrom('compass_code').select('id').where('seed_key', '=', key).executeTakeFirstOrThrow()).id;
  await sourceAdmin.post('/compass/codebook', { parent_id: await code('orientation.ethicHuman'), name_fr: 'Lien social', name_en: 'Social ties', description_fr: 'Se parler, s’entraider.', description_en: '' });
  const ties = (await source.deps.db.selectFrom('compass_code').select('id').where('name_fr', '=', 'Lien social').executeTakeFirstOrThrow()).id;
  const interviews: string[] = [];
  for (const [pseudonym, group, consent] of [['Asso A', 'associations', 'quotes'], ['Élu B', 'city', 'analysis'], ['Retiré C', 'residents', 'quotes']]) {
    const res = await sourceAdmin.post('/compass/interviews/new', { pseudonym, stakeholder_group: group, role: 'présidente', interviewed_on: '2026-04-02', guide_version_id: '', consent, transcript });
    interviews.push(res.headers.get('location')!.split('/').pop()!);
  }
  await sourceAdmin.post(`/compass/interviews/${interviews[0]}/segments`, { selection: '35-61', codes: [ties, await code('dimension.living')] });
  await sourceAdmin.post(`/compass/interviews/${interviews[0]}/segments`, { selection: '95-144', codes: [await code('orientation.ecoCity')] });
  const segment = (await source.deps.db.selectFrom('compass_segment').select('id').where('interview_id', '=', interviews[0]).orderBy('start_offset').executeTakeFirstOrThrow()).id;
  await sourceAdmin.post(`/compass/interviews/${interviews[0]}/memos`, { body: 'Le lien d’abord & <avant> la technique.', segment_id: segment });
  await sourceAdmin.post(`/compass/interviews/${interviews[0]}/memos`, { body: 'Entretien fait au local.', segment_id: '' });
  await sourceAdmin.post(`/compass/interviews/${interviews[1]}/segments`, { selection: '0-30', codes: [await code('orientation.digitalBusiness')] });
  await sourceAdmin.post(`/compass/interviews/${interviews[2]}/segments`, { selection: '0-30', codes: [ties] });
  await sourceAdmin.post(`/compass/interviews/${interviews[2]}/withdraw`);
});
afterAll(async () => Promise.all([source?.close(), target?.close()]));

describe('REFI-QDA project exchange (.qdpx)', () => {
  it('writes project.qde in the REFI-QDA namespace, valid against the REFI-QDA schema, with the sources as UTF-8 text', async () => {
    const files = unzipSync(await exportFrom(sourceAdmin));
    const names = Object.keys(files).sort();
    expect(names[0]).toBe('project.qde');
    expect(names.filter((n) => n.startsWith('sources/'))).toHaveLength(2);
    const qde = strFromU8(files['project.qde']);
    expect(qde).toContain('<Project xmlns="urn:QDA-XML:project:1.0"');
    expect(qde).toContain('name="stakeholderGroup" typeOfVariable="Text"');
    expect(qde).not.toContain('Retiré C');
    const schema = XmlDocument.fromString(readFileSync(refiQdaProjectSchema, 'utf8'));
    const validator = XsdValidator.fromDoc(schema);
    const doc = XmlDocument.fromString(qde);
    try {
      expect(() => validator.validate(doc)).not.toThrow();
      // The check can fail: a project without its required name attribute is refused.
      const broken = XmlDocument.fromString(qde.replace(/ name="Entretiens[^"]*"/, ''));
      expect(() => validator.validate(broken)).toThrow();
      broken.dispose();
    } finally {
      doc.dispose();
      validator.dispose();
      schema.dispose();
    }
    for (const name of names.filter((n) => n.startsWith('sources/'))) expect(strFromU8(files[name])).toBe(transcript);
  });

  it('keeps every code and every segment’s offsets, codes and memos through export, import and export again', async () => {
    const first = await exportFrom(sourceAdmin);
    expect((await importInto(targetAdmin, first)).status).toBe(303);
    const second = await exportFrom(targetAdmin);
    const [a, b] = [summary(first), summary(second)];
    expect(b).toEqual(a);
    expect(a.codes).toContain('Orientations / Ethic & Human City / Lien social');
    expect(a.sources.find((s) => s.name === 'Asso A')!.segments).toEqual(['35-61:Dimensions / Cadre de vie+Orientations / Ethic & Human City / Lien social:Le lien d’abord & <avant> la technique.', '95-144:Orientations / Eco Techno City / Eco Life City:']);
    const imported = await target.deps.db.selectFrom('compass_interview').select(['pseudonym', 'stakeholder_group', 'consent', 'interviewed_on']).orderBy('pseudonym').execute();
    expect(imported).toEqual([{ pseudonym: 'Asso A', stakeholder_group: 'associations', consent: 'quotes', interviewed_on: '2026-04-02' }, { pseudonym: 'Élu B', stakeholder_group: 'city', consent: 'analysis', interviewed_on: '2026-04-02' }]);
    // Importing the codebook again merges by name: no code is doubled.
    const codes = await target.deps.db.selectFrom('compass_code').select('id').execute();
    expect((await importInto(targetAdmin, first)).status).toBe(303);
    expect(await target.deps.db.selectFrom('compass_code').select('id').execute()).toHaveLength(codes.length);
  });

  it('refuses a file whose selection lies outside its text, naming it, and writes nothing', async () => {
    const files = unzipSync(await exportFrom(sourceAdmin));
    const qde = strFromU8(files['project.qde']).replace('endPosition="144"', 'endPosition="999"');
    const before = (await target.deps.db.selectFrom('compass_interview').select('id').execute()).length;
    const res = await importInto(targetAdmin, zipSync({ ...files, 'project.qde': strToU8(qde) }));
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/source &quot;Asso A&quot;, selection [0-9a-f-]+: positions 95–999 are outside the text \(144 characters\)/);
    expect((await target.deps.db.selectFrom('compass_interview').select('id').execute()).length).toBe(before);
    const notZip = await importInto(targetAdmin, strToU8('hello'));
    expect(await notZip.text()).toContain('not a zip archive (.qdpx)');
    const entity = await importInto(targetAdmin, zipSync({ 'project.qde': strToU8('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><Project name="x"/>') }));
    expect(await entity.text()).toContain('document type declarations are not accepted');
  });
});

describe('REFI-QDA codebook (.qdc)', () => {
  it('exports the nested codebook and imports it once: a second import adds nothing', async () => {
    const res = await sourceAdmin.get('/compass/codebook.qdc?lang=en');
    const xml = await res.text();
    expect(xml).toContain('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"');
    expect(xml).toMatch(/<Code guid="[0-9a-f-]{36}" name="Ethic &amp; Human City" isCodable="true">/);
    const fresh = await createTestContext();
    try {
      const admin = await fresh.client().signInAs(fresh, await fresh.createUser({ role: 'admin' }));
      const upload = () => {
        const form = new FormData();
        form.append('file', new File([xml], 'codebook.qdc', { type: 'application/xml' }));
        return admin.postMultipart('/compass/codebook/import', form);
      };
      const count = async () => (await fresh.deps.db.selectFrom('compass_code').select('id').execute()).length;
      const before = await count();
      expect((await upload()).status).toBe(303);
      expect(await count()).toBe(before + 1);
      expect((await upload()).status).toBe(303);
      expect(await count()).toBe(before + 1);
    } finally {
      await fresh.close();
    }
  });
});
