// What modules use to publish statistics: the publishing function, the dataset settings and the published shapes.
export { publishStatistic, type BudgetRefusal, type CountTable, type PublishContext, type PublishedStatistic, type PublishedValue, type PublishOutcome, type StatisticRequest } from './publish-statistic.ts';
export { privacyDefaults, type BudgetPeriod, type DatasetPrivacy, type DifferentialPrivacySettings } from './dataset-privacy.ts';
export { publishedValueSchema } from './published-schema.ts';
