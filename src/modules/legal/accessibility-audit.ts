/**
 * The latest measured result of the automated accessibility checks, quoted by the default accessibility
 * statement. Measured by the browser journeys (`test/e2e/`, axe-core through Chromium): every page they
 * visit is audited, in French and English, at 1280 px and at 390 px, and a journey fails on any serious or
 * critical violation. Update these figures when the journeys are run for a release.
 */
export const accessibilityAudit = {
  measuredOn: '2026-12-05',
  tool: 'axe-core 4 (WCAG 2.1 A and AA rules)',
  pagesAudited: 448,
  seriousOrCritical: 0,
} as const;
