import { epsilon, type Rational } from '../../engines/privacy/index.ts';

/**
 * cocity's defaults for a dataset with differential privacy on, justified in docs/privacy.md:
 * ε = 1 per release and a budget of ε = 4 per dataset per calendar year (four releases, e.g. one per
 * quarter), figures under 5 shown as "fewer than 5".
 */
export const privacyDefaults = { epsilonPerRelease: '1', budget: '4', period: 'year', threshold: 5 } as const;

/** How long a budget lasts: a calendar year (UTC), or the dataset's whole life. */
export type BudgetPeriod = 'year' | 'lifetime';

/** A dataset's differential-privacy settings; ε values are text such as "1", "0.5" or "1/3". */
export interface DifferentialPrivacySettings {
  epsilonPerRelease?: string;
  budget?: string;
  period?: BudgetPeriod;
}

/** How a dataset is protected: the small-count threshold always, and noise with a budget when differential privacy is on. */
export interface DatasetPrivacy {
  /** Names the dataset in the ledger, e.g. "proposals:<component id>" or "survey:<id>:answers". */
  key: string;
  threshold?: number;
  differentialPrivacy?: DifferentialPrivacySettings;
}

/** Differential-privacy settings with defaults filled in and ε read as exact fractions. */
export interface ResolvedBudget {
  epsilonPerRelease: Rational;
  budget: Rational;
  period: BudgetPeriod;
}

/** Fills in the defaults; throws a RangeError naming the dataset when an ε is not a positive number. */
export function resolveBudget(dataset: DatasetPrivacy, settings: DifferentialPrivacySettings): ResolvedBudget {
  const read = (text: string, what: string) => {
    try {
      return epsilon(text);
    } catch (err) {
      throw new RangeError(`Dataset "${dataset.key}", ${what}: ${(err as Error).message}`);
    }
  };
  return {
    epsilonPerRelease: read(settings.epsilonPerRelease ?? privacyDefaults.epsilonPerRelease, 'ε per release'),
    budget: read(settings.budget ?? privacyDefaults.budget, 'budget'),
    period: settings.period ?? privacyDefaults.period,
  };
}

/** The period a release made at `at` counts against. */
export function budgetPeriodKey(period: BudgetPeriod, at: Date): string {
  return period === 'year' ? String(at.getUTCFullYear()) : 'lifetime';
}
