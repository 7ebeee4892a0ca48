import { GEOJSON_LIMITS } from '../../engines/maps/index.ts';
import type { Translate } from '../../platform/i18n/index.ts';
import type { UploadProblem } from './upload-service.ts';

const point = (at: [number, number] | undefined) => (at ? `[${at[0]}, ${at[1]}]` : '');

/** A refused file's message, naming the feature (1-based, and its index in the file's `features` list) and the ring. */
export function problemMessage(t: Translate, problem: UploadProblem): string {
  const params: Record<string, string | number> = {
    ring: 'ring' in problem && problem.ring !== undefined ? problem.ring : 0,
    at: 'at' in problem ? point(problem.at) : '',
    type: 'geometryType' in problem ? (problem.geometryType ?? '') : '',
    name: 'name' in problem ? problem.name : '',
    max: problem.code === 'tooManyFeatures' ? GEOJSON_LIMITS.maxFeatures : problem.code === 'ringTooLong' ? GEOJSON_LIMITS.maxRingPositions : GEOJSON_LIMITS.maxPositions,
  };
  const message = t(`geography.problem.${problem.code}`, params);
  return problem.feature === null ? message : t('geography.problem.prefix', { n: problem.feature + 1, index: problem.feature }) + message;
}
