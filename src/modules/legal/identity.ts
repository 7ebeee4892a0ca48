import { recordAudit } from '../../platform/audit.ts';
import { cityIdentityChanged } from '../../platform/city.ts';
import type { AppDeps, CurrentUser } from '../../platform/context.ts';
import { discardImageFile, recordUpload, writeImageFile, type CheckedImage } from '../../platform/uploads.ts';

/** The catalog keys shown beside the logo field when an image is refused. */
export const logoErrors = {
  tooLarge: 'legal.identity.logoTooLarge',
  wrongType: 'legal.identity.logoType',
  tooManyPixels: 'legal.identity.logoPixels',
  unreadable: 'legal.identity.logoUnreadable',
};

/**
 * Sets the city's name and, when given, a new logo (or removes it); one transaction records the upload, the
 * identity and the audit entry. The files are written first and removed again if the transaction fails.
 */
export async function setCityIdentity(deps: AppDeps, admin: CurrentUser, name: string, logo: CheckedImage | null, removeLogo: boolean): Promise<void> {
  const written = logo ? await writeImageFile(deps.config.uploadDir, logo) : null;
  try {
    await deps.db.transaction().execute(async (trx) => {
      const current = await trx.selectFrom('city_identity').select('logo_upload_id').where('key', '=', 'city').executeTakeFirst();
      const logoId = written ? await recordUpload(trx, written, admin.id) : removeLogo ? null : (current?.logo_upload_id ?? null);
      const row = { name, logo_upload_id: logoId, updated_at: new Date().toISOString() };
      if (current) await trx.updateTable('city_identity').set(row).where('key', '=', 'city').execute();
      else await trx.insertInto('city_identity').values({ key: 'city', ...row }).execute();
      await recordAudit(trx, { userId: admin.id }, 'city.identity', { type: 'city_identity', id: 'city' }, { name, logoChanged: logoId !== (current?.logo_upload_id ?? null) });
    });
    cityIdentityChanged();
  } catch (error) {
    if (written) await discardImageFile(deps.config.uploadDir, written);
    throw error;
  }
}
