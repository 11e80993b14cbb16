import { cloneElement, type ComponentChildren, type VNode } from 'preact';
import { t, type MessageArgs } from './index';

/**
 * A message whose words hold links or emphasis: the catalogue marks them with tags named by the
 * caller, `Try the <directory>neighbourhood directory</directory>.`, and `elements` gives each
 * tag its element (`{ directory: <a href="/neighbourhoods" /> }`), so a translation can move the
 * link anywhere in its sentence. Only those names become elements, each with the words between
 * its tags as its only child; anything else in the text stays text (Preact escapes it), so a
 * catalogue cannot inject markup.
 */
export function Markup({
  id,
  args,
  elements,
}: {
  id: string;
  args?: MessageArgs;
  elements: Record<string, VNode>;
}) {
  return <>{splitMarkup(t(id, shielded(args)), elements).map(unshield)}</>;
}

/*
 * A `<` inside an argument (a name someone wrote) must neither end a tag's words nor look like a
 * tag: it travels through the message as a private-use character and is put back in the text.
 */
const SHIELD = '\uE000';
const shielded = (args?: MessageArgs): MessageArgs | undefined =>
  args &&
  Object.fromEntries(
    Object.entries(args).map(([name, value]) => [
      name,
      typeof value === 'string' ? value.replaceAll('<', SHIELD) : value,
    ]),
  );
const unshield = (part: ComponentChildren): ComponentChildren =>
  typeof part === 'string'
    ? part.replaceAll(SHIELD, '<')
    : part && typeof part === 'object' && 'props' in part && typeof part.props.children === 'string'
      ? cloneElement(part as VNode, {}, (part.props.children as string).replaceAll(SHIELD, '<'))
      : part;

const TAG = /<([a-z][a-z0-9-]*)>([^<]*)<\/\1>/g;

export function splitMarkup(text: string, elements: Record<string, VNode>): ComponentChildren[] {
  const parts: ComponentChildren[] = [];
  let last = 0;
  for (const match of text.matchAll(TAG)) {
    const [whole, name, inner] = match;
    const element = elements[name];
    if (!element) continue;
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push(cloneElement(element, { key: `${name}-${match.index}` }, inner));
    last = match.index + whole.length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}
