import { z } from 'zod';

/** The census form: identifier and birth date as the person types them (normalised later). */
export const censusAttemptSchema = z.object({
  identifier: z.string().trim().min(1).max(64),
  birth_date: z.string().trim().min(1).max(10),
  return_to: z.string().max(2000).default('/'),
});

/** A request for a postal letter. */
export const letterRequestSchema = z.object({
  full_name: z.string().trim().min(2).max(120),
  address: z.string().trim().min(8).max(300),
  neighbourhood_id: z.string().trim().min(1).max(80),
  return_to: z.string().max(2000).default('/'),
});

/** The code typed from a letter. */
export const letterCodeSchema = z.object({
  code: z.string().trim().min(8).max(20),
  return_to: z.string().max(2000).default('/'),
});

/** The help-desk form: what staff read on the document (never stored) and the neighbourhood they checked. */
export const deskVerificationSchema = z.object({
  account_email: z.string().trim().toLowerCase().min(3).max(200),
  identifier: z.string().trim().min(1).max(64),
  birth_date: z.string().trim().min(1).max(10),
  neighbourhood_id: z.string().trim().min(1).max(80),
});

/** The admin's choice of methods and validity. */
export const settingsSchema = z.object({
  census_enabled: z.literal('on').optional(),
  letter_enabled: z.literal('on').optional(),
  desk_enabled: z.literal('on').optional(),
  validity_days: z.coerce.number().int().min(1).max(3650),
});
