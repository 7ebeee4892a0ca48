import { dimensions, type AreaProfile, type Dimension, type IndicatorKind } from '../../engines/indicators/index.ts';
import { formatNumber, type Translate } from '../../platform/i18n/index.ts';
import type { Locale } from '../../config.ts';

// Below this gap (in standard deviations) two scores are read as "about the same".
const NOTABLE_GAP = 0.25;
// Measurement and feeling "disagree" when they fall on opposite sides of the mean, at least one standard deviation apart.
const DISAGREEMENT = 1;

/**
 * The profile in a few sentences (the radar and table say the same in numbers): where the area does
 * best and least well on each kind, how it stands against the city, where residents' feeling and the
 * measurements disagree, and which dimensions lack data.
 */
export function summarizeProfile(t: Translate, locale: Locale, areaName: string, profile: AreaProfile, city: AreaProfile | null): string[] {
  const name = (d: Dimension) => t(`indicators.dimension.${d}`);
  const list = (ds: Dimension[]) => new Intl.ListFormat(locale === 'fr' ? 'fr' : 'en', { type: 'conjunction' }).format(ds.map(name));
  const score = (n: number) => formatNumber(locale, n, { maximumFractionDigits: 2, signDisplay: 'exceptZero' });
  const sentences: string[] = [];
  for (const kind of ['objective', 'perceived'] as IndicatorKind[]) {
    const shown = profile.dimensions.filter((d) => d[kind].score !== null).sort((a, b) => b[kind].score! - a[kind].score!);
    if (shown.length === 0) {
      sentences.push(t(`indicators.summary.${kind}.none`, { area: areaName }));
      continue;
    }
    const [best, worst] = [shown[0], shown[shown.length - 1]];
    sentences.push(
      shown.length === 1
        ? t(`indicators.summary.${kind}.one`, { area: areaName, dimension: name(best.dimension), score: score(best[kind].score!) })
        : t(`indicators.summary.${kind}.range`, { area: areaName, best: name(best.dimension), bestScore: score(best[kind].score!), worst: name(worst.dimension), worstScore: score(worst[kind].score!) }),
    );
  }
  if (city) {
    const diff = (d: Dimension) => {
      const [own, ref] = [profile.dimensions.find((x) => x.dimension === d)!.objective.score, city.dimensions.find((x) => x.dimension === d)!.objective.score];
      return own === null || ref === null ? null : own - ref;
    };
    const ahead = dimensions.filter((d) => (diff(d) ?? 0) >= NOTABLE_GAP);
    const behind = dimensions.filter((d) => (diff(d) ?? 0) <= -NOTABLE_GAP);
    if (ahead.length) sentences.push(t('indicators.summary.ahead', { area: areaName, list: list(ahead) }));
    if (behind.length) sentences.push(t('indicators.summary.behind', { area: areaName, list: list(behind) }));
    if (!ahead.length && !behind.length) sentences.push(t('indicators.summary.likeCity', { area: areaName }));
  }
  const disagree = profile.dimensions.filter((d) => d.objective.score !== null && d.perceived.score !== null && Math.abs(d.objective.score - d.perceived.score) >= DISAGREEMENT && Math.sign(d.objective.score) !== Math.sign(d.perceived.score));
  if (disagree.length) sentences.push(t('indicators.summary.disagree', { list: list(disagree.map((d) => d.dimension)) }));
  for (const kind of ['objective', 'perceived'] as IndicatorKind[]) {
    const missing = profile.dimensions.filter((d) => d[kind].score === null).map((d) => d.dimension);
    if (missing.length && missing.length < dimensions.length) sentences.push(t(`indicators.summary.${kind}.missing`, { list: list(missing) }));
  }
  return sentences;
}
