import { describe, expect, it } from 'vitest';
import type { NotFundedReason } from '../engines/budgeting/explain.ts';
import type { Role } from '../platform/context.ts';
import { catalogs } from '../platform/i18n/catalogs.ts';
import { stances } from './comments/stances.ts';
import { flagReasons } from './moderation/reasons.ts';
import { memberRoles, organisationKinds } from './organisations/policy.ts';
import type { PermissionRefusal } from './processes/index.ts';
import { settingFields } from './processes/components/settings-form.ts';
import { answerStatuses, authorKinds, proposalCategories, publicStatuses, refusalCodes } from './proposals/policy.ts';
import { projectStatuses } from './budgets/schemas.ts';
import { fieldsOf } from './registers/fields.ts';
import { autonomyLabel } from './registers/present.ts';
import { autonomyLevels } from './registers/vocabulary.ts';
import { type ModuleDefinition, modules } from './index.ts';

const installedModules: readonly ModuleDefinition[] = modules;

// Every value people see through a label built at run time (`prefix.value`), with the prefix the pages use.
// Records over a union type make the compiler fail when a value is added to the type and not here.
const notFundedReasons: Record<NotFundedReason, true> = { 'supporters-money-short': true, 'did-not-fit': true, 'below-threshold': true, 'stopped-before': true, 'no-supporters': true };
const roles: Record<Role, true> = { resident: true, moderator: true, admin: true };
const permissionRefusals: Record<PermissionRefusal, true> = { sign_in_required: true, email_unverified: true, moderator_only: true, admin_only: true };

const labelled: [prefix: string, values: readonly string[]][] = [
  ['proposals.category', proposalCategories],
  ['proposals.status', [...answerStatuses, ...publicStatuses]],
  ['proposals.authorKind', authorKinds],
  ['proposals.refusal', [...refusalCodes, ...Object.keys(permissionRefusals)]],
  ['budgets.status', projectStatuses],
  ['budgets.reason', Object.keys(notFundedReasons)],
  ['comments.stance', stances],
  ['moderation.reason', flagReasons],
  ['org.kind', organisationKinds],
  ['org.role', memberRoles],
  ['role', Object.keys(roles)],
  // The level of autonomy is named by the DTPR vocabulary (checked below), every other choice by the catalogue.
  ...(['sensor', 'algorithm'] as const).flatMap((type) => fieldsOf(type).filter((f) => f.name !== 'autonomy').map((f): [string, readonly string[]] => [`registers.choice.${f.name}`, f.choices ?? []])),
];

/** The keys among `keys` that a language lacks (or has empty). */
const missingIn = (keys: string[]) => ({ fr: keys.filter((k) => !catalogs.fr[k]?.trim()), en: keys.filter((k) => !catalogs.en[k]?.trim()) });

describe('labels in both languages', () => {
  it('every enumerated value shown to people has its label', () => {
    const keys = labelled.flatMap(([prefix, values]) => values.map((v) => `${prefix}.${v}`));
    expect(keys.length).toBeGreaterThan(80);
    expect(missingIn(keys)).toEqual({ fr: [], en: [] });
  });

  it('every level of autonomy has its DTPR name in both languages', () => {
    for (const level of autonomyLevels) for (const locale of ['fr', 'en'] as const) expect(autonomyLabel(locale, level)).not.toBe(level);
  });

  it('every setting of every component type, and each option of a setting with choices, has its label', () => {
    const components = installedModules.flatMap((m) => (m.component ? [m.component] : []));
    expect(components.map((c) => c.type)).toEqual(expect.arrayContaining(['proposals', 'budgets', 'opinion-map']));
    const keys = components.flatMap((c) =>
      [...settingFields(c.type, c.globalSettings), ...settingFields(c.type, c.phaseSettings)].flatMap((f) => [f.labelKey, ...f.options.map((o) => `${f.labelKey}.${o}`)]),
    );
    expect(keys).toContain('components.budgets.settings.rule.mes');
    expect(missingIn(keys)).toEqual({ fr: [], en: [] });
  });

  it('every component type has its name', () => {
    expect(missingIn(installedModules.flatMap((m) => (m.component ? [m.component.nameKey] : [])))).toEqual({ fr: [], en: [] });
  });
});
