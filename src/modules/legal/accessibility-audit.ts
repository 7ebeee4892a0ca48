/**
 * The latest measured result of the automated accessibility checks, quoted by the default accessibility
 * statement. Measured by the phone walk of the browser journeys (`test/e2e/phone.test.ts`, axe-core through
 * Chromium): 30 public pages of the demo city in French and 30 in English at 390 px, each audited, the walk
 * failing on any serious or critical violation; the other journeys audit every page they visit at 1280 px.
 * Update these figures when the journeys are run for a release.
 */
export const accessibilityAudit = {
  measuredOn: '2026-12-05',
  tool: 'axe-core 4.13 (WCAG 2.1 A, AA)',
  pagesAudited: 60,
  seriousOrCritical: 0,
} as const;
