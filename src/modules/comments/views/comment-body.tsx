import { raw } from 'hono/html';

/** A comment's text from its stored HTML (comment-html.ts: escaped plain text, line breaks, links marked nofollow ugc). */
export function CommentBody(props: { html: string }) {
  return <div class="comment-body">{raw(props.html)}</div>;
}
