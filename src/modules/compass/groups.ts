/** The stakeholder groups whose views the compass sets side by side (the paper compares institutions and associations). */
export const stakeholderGroups = ['city', 'associations', 'businesses', 'residents', 'other-organisations'] as const;
export type StakeholderGroup = (typeof stakeholderGroups)[number];

export const isStakeholderGroup = (value: string): value is StakeholderGroup => (stakeholderGroups as readonly string[]).includes(value);

/**
 * The group an assessment belongs to. Acting for an organisation: associations and collectives are
 * "associations", businesses "businesses", public bodies (schools, the region, a housing board)
 * "other organisations". Acting alone: city staff (admins and moderators) are "city", everyone else
 * "residents".
 */
export function groupOfActor(person: { role: string }, organisation: { kind: string } | null): StakeholderGroup {
  if (organisation) {
    if (organisation.kind === 'association' || organisation.kind === 'collective') return 'associations';
    if (organisation.kind === 'business') return 'businesses';
    return 'other-organisations';
  }
  return person.role === 'admin' || person.role === 'moderator' ? 'city' : 'residents';
}
