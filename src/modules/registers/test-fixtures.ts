import type { TestContext, TestUser } from '../../../test/support/app.ts';

/** A complete form for an active camera with person detection, as a department editor would fill it. */
export function cameraForm(departmentId: string, neighbourhoodId: string, overrides: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  return {
    name_fr: 'Caméra place des Fêtes',
    name_en: 'Camera, Festival Square',
    department_id: departmentId,
    status: 'active',
    neighbourhood_id: neighbourhoodId,
    address: 'Place des Fêtes',
    purposes: ['safety_security'],
    technologies: ['identifiable_video', 'person_detection'],
    data_types: ['pixel_based_image'],
    personal_data: 'on',
    processing: ['encrypted_at_rest'],
    storage: ['stored_locally'],
    access: ['available_to_the_accountable_organization'],
    retention: 'data_retained',
    retention_days: '30',
    latitude: '45.76',
    longitude: '4.83',
    approval_url: 'https://bellerive.example/deliberations/1',
    ...overrides,
  };
}

/** An operational algorithm with every field its status requires. */
export function algorithmForm(departmentId: string, overrides: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  return {
    name_fr: 'Optimisation des feux',
    short_description: 'Règle la durée des feux selon le trafic.',
    organisation: 'Ville',
    department_id: departmentId,
    contact_email: 'mobilite@ville.example',
    status: 'operational',
    decision_process: 'Réglage des carrefours.',
    goal: 'Moins attendre.',
    impact: 'Temps d’attente.',
    risk_category: 'limited',
    lawful_basis: 'Pouvoir de police.',
    source_data: 'Boucles au sol.',
    algorithm_type: 'rule_based',
    human_intervention: 'Un régulateur peut reprendre la main.',
    objection_procedure: 'Écrire à la mobilité.',
    autonomy: 'ai_only',
    ...overrides,
  };
}

/** Two departments, a neighbourhood, an admin, an editor of the first department and a plain resident. */
export async function registerWorld(ctx: TestContext) {
  const now = new Date().toISOString();
  const db = ctx.deps.db;
  await db.insertInto('register_department').values([
    { id: 'dep-safety', name_fr: 'Tranquillité publique', name_en: 'Public safety', organisation: 'Ville', email: 'tp@ville.example', created_at: now },
    { id: 'dep-env', name_fr: 'Environnement', name_en: 'Environment', organisation: 'Ville', email: '', created_at: now },
  ]).execute();
  await db.insertInto('neighbourhood').values({ id: 'hood-port', slug: 'port', name_fr: 'Le Port', name_en: 'The Harbour', position: 0 }).execute();
  const admin: TestUser = await ctx.createUser({ role: 'admin', name: 'Admin Ville' });
  const editor: TestUser = await ctx.createUser({ name: 'Agent Tranquillité' });
  const resident: TestUser = await ctx.createUser({ name: 'Habitante' });
  await db.insertInto('register_editor').values({ user_id: editor.id, department_id: 'dep-safety', created_at: now }).execute();
  return { admin, editor, resident };
}
