/**
 * The FIWARE smart data models cocity accepts, with the unit each measure must be in and the range a
 * working instrument can report. A value outside its range is a fault, not an observation.
 */

/** How a measure's values are averaged: dB levels by energy (10·log10 of the mean of 10^(L/10)), everything else arithmetically. */
export type Averaging = 'arithmetic' | 'energetic';

export interface MeasureSpec {
  /** The key aggregates and the API use (pm25, no2, laeq...). */
  key: string;
  /** The NGSI-LD attribute carrying it. */
  attribute: string;
  /** UN/CEFACT common code of the unit (what `unitCode` says in a normalized entity), or null for plain counts and ratios. */
  unitCode: string | null;
  /** The unit as shown to people. */
  unit: string;
  min: number;
  max: number;
  averaging: Averaging;
}

export interface ModelSpec {
  type: ObservationType;
  /** Which page groups it: air, noise, traffic, crowds, parking. */
  theme: Theme;
  measures: MeasureSpec[];
  /** DTPR technologies of a register entry that can produce this model. */
  technologies: string[];
  /** DTPR data types of which the register entry must declare at least one. */
  dataTypes: string[];
  /** Whether the figures count people and so go through the privacy engine before publication. */
  countsPeople: boolean;
}

export const observationTypes = ['AirQualityObserved', 'NoiseLevelObserved', 'TrafficFlowObserved', 'CrowdFlowObserved', 'ParkingSpot'] as const;
export type ObservationType = (typeof observationTypes)[number];
export const themes = ['air', 'noise', 'traffic', 'crowds', 'parking'] as const;
export type Theme = (typeof themes)[number];

const m = (key: string, attribute: string, unitCode: string | null, unit: string, min: number, max: number, averaging: Averaging = 'arithmetic'): MeasureSpec => ({ key, attribute, unitCode, unit, min, max, averaging });
// GQ = microgram per cubic metre, 2N = decibel, KMH = km/h, P1 = percent; counts and ratios carry no unit code.
const microgram = (key: string, attribute: string, max: number) => m(key, attribute, 'GQ', 'µg/m³', 0, max);

export const models: Record<ObservationType, ModelSpec> = {
  AirQualityObserved: {
    type: 'AirQualityObserved',
    theme: 'air',
    measures: [microgram('no2', 'NO2', 2000), microgram('pm10', 'PM10', 2000), microgram('pm25', 'PM2.5', 1000), microgram('o3', 'O3', 1000), m('aqi', 'airQualityIndex', null, '', 0, 500)],
    technologies: ['air_quality'],
    dataTypes: ['values_time'],
    countsPeople: false,
  },
  NoiseLevelObserved: {
    type: 'NoiseLevelObserved',
    theme: 'noise',
    measures: [m('laeq', 'LAeq', '2N', 'dB(A)', 20, 140, 'energetic'), m('lamax', 'LAmax', '2N', 'dB(A)', 20, 150, 'energetic')],
    technologies: ['sound_level_meter', 'microphone'],
    dataTypes: ['values_time'],
    countsPeople: false,
  },
  TrafficFlowObserved: {
    type: 'TrafficFlowObserved',
    theme: 'traffic',
    measures: [m('intensity', 'intensity', null, '', 0, 100_000), m('speed', 'averageVehicleSpeed', 'KMH', 'km/h', 0, 250), m('occupancy', 'occupancy', null, '', 0, 1)],
    technologies: ['induction_loop', 'radar', 'li_dar', 'piezoelectric_sensor', 'non_identifiable_video', 'de_identified_video', 'motion_detector'],
    dataTypes: ['values_time'],
    countsPeople: false,
  },
  CrowdFlowObserved: {
    type: 'CrowdFlowObserved',
    theme: 'crowds',
    measures: [m('people', 'peopleCount', null, '', 0, 100_000)],
    technologies: ['person_detection', 'passive_infrared_sensor', 'li_dar', 'de_identified_video', 'non_identifiable_video', 'motion_detector'],
    dataTypes: ['values_time'],
    countsPeople: true,
  },
  ParkingSpot: {
    type: 'ParkingSpot',
    theme: 'parking',
    // status free/occupied folds into an occupancy ratio of the device's area; a spot is never kept on its own.
    measures: [m('parking', 'status', null, '', 0, 1)],
    technologies: ['radar', 'induction_loop', 'ultrasonic_level_sensor', 'passive_infrared_sensor', 'motion_detector'],
    dataTypes: ['boolean', 'values_time'],
    countsPeople: false,
  },
};

/** Every measure by its key (keys are unique across models). */
export const measureByKey = new Map(Object.values(models).flatMap((model) => model.measures.map((measure) => [measure.key, { model, measure }] as const)));

/** The model a theme shows. */
export const modelOfTheme = (theme: Theme): ModelSpec => Object.values(models).find((model) => model.theme === theme)!;

/**
 * Guideline values that matter for reading the figures, marked with their source: WHO global air quality
 * guidelines 2021 (annual and 24-hour means) and WHO environmental noise guidelines for Europe 2018 (road traffic, Lden).
 */
export const thresholds: Record<string, { value: number; period: 'year' | 'day'; source: string }[]> = {
  pm25: [{ value: 5, period: 'year', source: 'WHO 2021' }, { value: 15, period: 'day', source: 'WHO 2021' }],
  pm10: [{ value: 15, period: 'year', source: 'WHO 2021' }, { value: 45, period: 'day', source: 'WHO 2021' }],
  no2: [{ value: 10, period: 'year', source: 'WHO 2021' }, { value: 25, period: 'day', source: 'WHO 2021' }],
  laeq: [{ value: 53, period: 'year', source: 'WHO 2018 (Lden)' }],
};
