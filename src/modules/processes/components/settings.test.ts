import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { translator } from '../../../platform/i18n/index.ts';
import { defineComponent } from './manifest.ts';
import { installModules, modules } from '../../index.ts';
import { findManifest } from './registry.ts';
import { componentSettingsFor, isActionEnabled, mayPerform } from './settings.ts';
import { parseSettingsForm, settingFields, settingsFormValues } from './settings-form.ts';
import { actionRequirement, verifiableActions } from './requirements.ts';

// A manifest like the ones later modules will write, with every kind of setting.
const proposals = defineComponent({
  type: 'test-proposals',
  nameKey: 'test.name',
  globalSettings: z.object({
    maxPerPerson: z.number().int().min(1).max(10).default(3),
    ordering: z.enum(['recent', 'random']).default('random'),
    intro: z.string().max(50).default(''),
  }),
  phaseSettings: z.object({
    creationEnabled: z.boolean().default(false),
    supportEnabled: z.boolean().default(false),
  }),
  actions: {
    create: { permission: 'resident', enabledBy: 'creationEnabled' },
    support: { permission: 'resident', enabledBy: 'supportEnabled' },
    moderate: { permission: 'moderator' },
  },
  renderPublic: () => null,
});

const t = translator('en');
const stored = (settings: unknown) => ({ type: 'test-proposals', settings: JSON.stringify(settings) });

describe('component settings', () => {
  it('registers the component types of the installed modules, in list order', () => {
    const registry = installModules(modules);
    expect([...registry.components.keys()]).toEqual(['page', 'proposals', 'budgets', 'opinion-map', 'survey', 'meetings']);
    expect(findManifest(registry, 'page')?.nameKey).toBe('components.page.name');
    expect(findManifest(registry, 'nothing')).toBeUndefined();
  });

  it('gives defaults for a new component, a phase without settings and values that no longer fit', () => {
    expect(componentSettingsFor(stored({}), null, proposals)).toEqual({
      global: { maxPerPerson: 3, ordering: 'random', intro: '' },
      phase: { creationEnabled: false, supportEnabled: false },
    });
    const s = componentSettingsFor(stored({ global: { maxPerPerson: 99, ordering: 'recent' }, phases: { p1: { creationEnabled: true } } }), 'p1', proposals);
    expect(s.global).toEqual({ maxPerPerson: 3, ordering: 'recent', intro: '' });
    expect(s.phase.creationEnabled).toBe(true);
    expect(componentSettingsFor({ type: 'test-proposals', settings: 'not json' }, null, proposals).global.maxPerPerson).toBe(3);
    expect(() => componentSettingsFor({ type: 'budgets', settings: '{}' }, null, proposals)).toThrow(/budgets/);
  });

  it('opens an action only in phases whose setting enables it', () => {
    const component = stored({ phases: { p1: { creationEnabled: true }, p2: { supportEnabled: true } } });
    expect(isActionEnabled(proposals, component, { id: 'p1' }, 'create')).toBe(true);
    expect(isActionEnabled(proposals, component, { id: 'p1' }, 'support')).toBe(false);
    expect(isActionEnabled(proposals, component, { id: 'p2' }, 'create')).toBe(false);
    expect(isActionEnabled(proposals, component, null, 'create')).toBe(false);
    expect(isActionEnabled(proposals, component, null, 'moderate')).toBe(true);
    expect(isActionEnabled(proposals, component, { id: 'p1' }, 'unknown')).toBe(false);
  });

  it('checks the permission each action declares', () => {
    const resident = { id: 'u', name: 'U', email: 'u@x.org', emailVerified: true, role: 'resident' as const, locale: null };
    expect(mayPerform(null, proposals, 'create')).toBe(false);
    expect(mayPerform(resident, proposals, 'create')).toBe(true);
    expect(mayPerform({ ...resident, emailVerified: false }, proposals, 'create')).toBe(false);
    expect(mayPerform(resident, proposals, 'moderate')).toBe(false);
    expect(mayPerform({ ...resident, role: 'admin' }, proposals, 'moderate')).toBe(true);
  });
});

describe('settings form', () => {
  it('describes fields by kind: number with bounds, enum with options, string, boolean', () => {
    const fields = settingFields('test-proposals', proposals.globalSettings);
    expect(fields.map((f) => [f.name, f.kind])).toEqual([['maxPerPerson', 'number'], ['ordering', 'enum'], ['intro', 'string']]);
    expect(fields[0]).toMatchObject({ min: 1, max: 10, integer: true, labelKey: 'components.test-proposals.settings.maxPerPerson' });
    expect(fields[1].options).toEqual(['recent', 'random']);
    expect(settingFields('test-proposals', proposals.phaseSettings)[0].kind).toBe('boolean');
  });

  it('keeps real bounds and lengths only, and refuses a setting no form can show', () => {
    const [count, ratio, note] = settingFields('t', z.object({ count: z.number().int().default(0), ratio: z.number().min(0.5).optional(), note: z.string().max(80) }));
    expect(count).toMatchObject({ kind: 'number', integer: true, min: undefined, max: undefined });
    expect(ratio).toMatchObject({ kind: 'number', integer: false, min: 0.5 });
    expect(note).toMatchObject({ kind: 'string', maxLength: 80 });
    expect(() => settingFields('t', z.object({ tags: z.array(z.string()) }))).toThrow(/"tags" of component "t" has a type forms cannot show: array/);
  });

  it('reads global and per-phase values; an unchecked box is false', () => {
    const result = parseSettingsForm(proposals, ['p1', 'p2'], { 'global.maxPerPerson': '5', 'global.ordering': 'recent', 'global.intro': 'Hi', 'phase.p1.creationEnabled': 'on' }, t);
    expect(result).toEqual({
      ok: true,
      settings: {
        global: { maxPerPerson: 5, ordering: 'recent', intro: 'Hi' },
        phases: { p1: { creationEnabled: true, supportEnabled: false }, p2: { creationEnabled: false, supportEnabled: false } },
      },
    });
  });

  it('reports each bad value beside its field', () => {
    const result = parseSettingsForm(proposals, ['p1'], { 'global.maxPerPerson': '50', 'global.ordering': 'loudest', 'global.intro': 'x'.repeat(51) }, t);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors['global.maxPerPerson']).toBe('At most 10.');
    expect(result.errors['global.ordering']).toBe('Invalid choice.');
    expect(result.errors['global.intro']).toBe('At most 50 characters.');
  });

  it('fills the form from stored settings', () => {
    const values = settingsFormValues(proposals, JSON.stringify({ global: { maxPerPerson: 7 }, phases: { p1: { supportEnabled: true } } }), ['p1']);
    expect(values).toEqual({ 'global.maxPerPerson': '7', 'global.ordering': 'random', 'global.intro': '', 'phase.p1.supportEnabled': 'on' });
  });
});

describe('verification requirements per action', () => {
  const voting = defineComponent({
    type: 'test-vote',
    nameKey: 'test.name',
    globalSettings: z.object({ note: z.string().max(10).default('') }),
    phaseSettings: z.object({ votingEnabled: z.boolean().default(false) }),
    actions: { view: { permission: 'visitor' }, vote: { permission: 'resident', enabledBy: 'votingEnabled', verifiable: true } },
    renderPublic: () => null,
  });

  it('offers only the actions declared verifiable, and the installed budgets declare their vote', () => {
    expect(verifiableActions(voting)).toEqual(['vote']);
    expect(verifiableActions(proposals)).toEqual([]);
    expect(verifiableActions(findManifest(installModules(modules), 'budgets')!)).toContain('vote');
  });

  it('saves a method and the neighbourhood match from the settings form, and reads them back', () => {
    const parsed = parseSettingsForm(voting, [], { 'require.vote.method': 'census', 'require.vote.neighbourhood': 'on' }, t);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const json = JSON.stringify(parsed.settings);
    expect(actionRequirement(voting, { settings: json }, 'vote')).toEqual({ action: 'vote', method: 'census', neighbourhood: true });
    expect(actionRequirement(voting, { settings: json }, 'view')).toBeNull();
    expect(settingsFormValues(voting, json, [])).toMatchObject({ 'require.vote.method': 'census', 'require.vote.neighbourhood': 'on' });
    expect(actionRequirement(voting, { settings: '{}' }, 'vote')).toBeNull();
    expect(actionRequirement(voting, { settings: JSON.stringify({ requirements: { vote: { method: 'passport' } } }) }, 'vote')).toBeNull();
  });

  it('refuses an unknown method beside its field and changes nothing', () => {
    const parsed = parseSettingsForm(voting, [], { 'require.vote.method': 'passport' }, t);
    expect(parsed).toEqual({ ok: false, errors: { 'require.vote.method': t('form.invalidChoice') } });
  });
});
