import type { Child } from 'hono/jsx';

/** What a one-button form sends and shows. */
export interface PostButtonProps {
  /** Where the form posts (same origin; the CSRF check reads the Origin header, so no token field). */
  action: string;
  /** The button's text; may carry a visually hidden part that says what it acts on. */
  label: Child;
  /** Hidden fields sent with the click (e.g. `{ direction: 'up' }`); a list repeats the name, as a form's checkboxes do. */
  fields?: Readonly<Record<string, string | readonly string[]>>;
  /** The button's class: 'secondary' (default), 'link-button', or '' for a primary button. */
  buttonClass?: string;
  /** The form's class: 'inline' (default) keeps it on the line of the text around it. */
  class?: string;
  /** For a toggle (a comment vote): whether it is on now, announced by screen readers as "pressed". */
  pressed?: boolean;
}

/**
 * A form with one button: publish, unpublish, move up, remove, withdraw. Every such action is a POST
 * (never a link) so it works without JavaScript and cannot be triggered by a crawler or a prefetch.
 */
export function PostButton(props: PostButtonProps) {
  const buttonClass = props.buttonClass ?? 'secondary';
  return (
    <form method="post" action={props.action} class={(props.class ?? 'inline') || undefined}>
      {Object.entries(props.fields ?? {}).flatMap(([name, v]) => (typeof v === 'string' ? [v] : v).map((value) => <input type="hidden" name={name} value={value} />))}
      <button type="submit" class={buttonClass || undefined} aria-pressed={props.pressed === undefined ? undefined : String(props.pressed)}>
        {props.label}
      </button>
    </form>
  );
}
