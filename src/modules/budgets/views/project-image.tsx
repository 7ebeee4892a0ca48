import { localized } from '../../../platform/i18n/index.ts';
import type { PageContext } from '../../../web/layout.tsx';
import type { ProjectRow } from '../queries.ts';

/** A project's image with its alt text in the reader's language, if it has one. */
export function ProjectImage(props: { ctx: PageContext; project: ProjectRow; width?: number }) {
  const { project } = props;
  if (!project.image_upload_id) return null;
  return <img class="hero" src={`/uploads/${project.image_upload_id}`} alt={localized(props.ctx.locale, project.image_alt_fr, project.image_alt_en)} width={props.width} />;
}
