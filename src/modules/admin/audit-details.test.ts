import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translator } from '../../platform/i18n/index.ts';
import { auditActionLabel, describeAuditDetails } from './audit-details.ts';
import { adminMessages } from './messages.ts';
import { addMessages } from '../../platform/i18n/catalogs.ts';

addMessages(adminMessages);
const fr = translator('fr');
const en = translator('en');

// Every action written with a literal name in src/ (recordAudit(db, actor, 'name', ...)).
function recordedActions(dir = new URL('../..', import.meta.url).pathname): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...recordedActions(path));
    else if (/\.tsx?$/.test(entry.name) && !entry.name.includes('.test.')) {
      for (const m of readFileSync(path, 'utf8').matchAll(/recordAudit\(\s*\w+,[^,]*?,\s*'([a-zA-Z_.]+)'/gs)) found.push(m[1]);
    }
  }
  return [...new Set(found)];
}

describe('the audit log in words', () => {
  it('names every action the code records, in French and English', () => {
    const actions = recordedActions();
    expect(actions.length).toBeGreaterThan(50);
    expect(actions.filter((a) => auditActionLabel(fr, a) === a || auditActionLabel(en, a) === a)).toEqual([]);
  });

  it('shows changes as "field: before → after" and other details as "field: value", never raw JSON', () => {
    expect(describeAuditDetails(fr, 'budget.update', JSON.stringify({ amount: { before: 100000, after: 120000 }, componentId: 'c3b1f0a2-1d4e-4c5b-9a7e-2f6d8b9c0e1f' }))).toEqual(['montant\u202f: 100000 → 120000', 'componentId\u202f: c3b1f0a2…']);
    expect(describeAuditDetails(en, 'role.grant', JSON.stringify({ from: 'resident', to: 'admin' }))).toEqual(['role: Resident → City administrator']);
    expect(describeAuditDetails(fr, 'moderation.hide', JSON.stringify({ publicReason: 'Publicité' }))).toEqual(['raison publique\u202f: Publicité']);
    expect(describeAuditDetails(en, 'component.update', JSON.stringify({ settings: { global: { rule: 'mes' } } }))).toEqual(['settings.global.rule: mes']);
    expect(describeAuditDetails(en, 'x', JSON.stringify({ name_en: { before: '', after: 'Riverside' } }))).toEqual(['name (English): (empty) → Riverside']);
    expect(describeAuditDetails(en, 'budget.project.update', JSON.stringify({ description_en: { before: 'a'.repeat(500), after: 'b' } }))).toEqual([`description (English): ${'a'.repeat(119)}… → b`]);
    expect(describeAuditDetails(en, 'x', '{}')).toEqual([]);
    expect(describeAuditDetails(en, 'x', 'not json')).toEqual(['not json']);
  });
});
