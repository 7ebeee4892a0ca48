import { localized } from '../../../platform/i18n/index.ts';
import type { PageContext } from '../../../web/layout.tsx';
import type { ProjectRow } from '../queries.ts';
import { UploadedImage } from '../../../web/uploaded-image.tsx';
import { otherLanguage } from '../../../web/localized-text.tsx';

/** A project's image with its alt text in the reader's language, if it has one. */
export function ProjectImage(props: { ctx: PageContext; project: ProjectRow; width?: number }) {
  const { project } = props;
  if (!project.image_upload_id) return null;
  return <UploadedImage id={project.image_upload_id} alt={localized(props.ctx.locale, project.image_alt_fr, project.image_alt_en)} lang={otherLanguage(props.ctx.locale, project.image_alt_fr, project.image_alt_en)} width={props.width} />;
}
