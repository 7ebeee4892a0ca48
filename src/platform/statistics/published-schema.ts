import { z } from '@hono/zod-openapi';

/**
 * A published figure as the public API describes it (the shape publishStatistic returns): the exact
 * count, only that it is below the threshold, or a noised count with the ε that protects it.
 */
export const publishedValueSchema = z
  .union([
    z.object({ value: z.number().int() }),
    z.object({ fewerThan: z.number().int().openapi({ description: 'The true count is below this threshold and is not shown' }) }),
    z.object({ noised: z.number().int(), epsilon: z.number().openapi({ description: 'ε of the differential-privacy noise this figure carries' }) }),
  ])
  .openapi('PublishedValue');
