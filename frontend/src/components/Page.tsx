import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n';

/** The first page shown is the initial load: focus stays where the browser put it. */
let navigated = false;

interface PageProps {
  /** The page's one h1, also used for the document title. */
  title: string;
  /** The language the title is written in, when it is someone's words (a thread, a task). */
  titleLang?: string;
  children?: ComponentChildren;
}

/**
 * Every route renders one Page: it sets the document title and, after client-side navigation,
 * moves focus to the h1 so screen reader and keyboard users start at the new content.
 */
export function Page({ title, titleLang, children }: PageProps) {
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = title === 'Commonground' ? title : t('document-title', { page: title });
  }, [title]);

  useEffect(() => {
    if (navigated) heading.current?.focus();
    navigated = true;
  }, []);

  return (
    <>
      {/* Titles often hold a name someone wrote (a neighbourhood, an issue): isolated in its own
          direction (and language, when known), while the heading starts where the page's does. */}
      <h1 tabIndex={-1} ref={heading}>
        <bdi lang={titleLang}>{title}</bdi>
      </h1>
      {children}
    </>
  );
}
