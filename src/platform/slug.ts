/** Turns a name into a URL-safe slug: "Les Amis du Café" → "les-amis-du-cafe" (empty when nothing is left). */
export function slugify(name: string, maxLength = 60): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
}
