import type { ExportSection } from '../accounts/index.ts';

/** "Download my data": the verification (method, neighbourhood, dates, whether at the desk) and a letter in progress; never the keyed hash. */
export const verificationExport: ExportSection = async (db, userId) => {
  const row = await db
    .selectFrom('identity_verification')
    .leftJoin('neighbourhood', 'neighbourhood.id', 'identity_verification.neighbourhood_id')
    .select(['identity_verification.method', 'neighbourhood.name_fr as neighbourhood', 'identity_verification.verified_at', 'identity_verification.expires_at', 'identity_verification.verified_by'])
    .where('identity_verification.user_id', '=', userId)
    .executeTakeFirst();
  const letter = await db.selectFrom('verification_letter').select(['requested_at', 'printed_at', 'expires_at', 'tries']).where('user_id', '=', userId).executeTakeFirst();
  return [
    'verification',
    {
      verification: row ? { method: row.method, neighbourhood: row.neighbourhood, verifiedAt: row.verified_at, expiresAt: row.expires_at, verifiedAtHelpDesk: row.verified_by !== null } : null,
      letter: letter ? { requestedAt: letter.requested_at, printedAt: letter.printed_at, codeValidUntil: letter.expires_at, wrongTries: Number(letter.tries) } : null,
    },
  ];
};
