import { api } from '../api';
import { useAction } from '../hooks/useAction';
import { ErrorAlert, StatusMessage } from './Alert';
import { t } from '../i18n';

/**
 * A link to a file the API serves only to a signed-in person (exports, hours). A browser follows
 * a plain link without the bearer token and shows a raw 401, so the click fetches the file with
 * the token (refreshing it if need be) and saves the answer as a Blob under `filename`; the
 * server checks who may have it on that request as on any other. The `href` stays for "copy link".
 */
export function DownloadLink({
  href,
  filename,
  accept,
  label,
  done,
  class: className,
}: {
  href: string;
  filename: string;
  /** The media type asked for (`text/csv`, `application/geo+json`). */
  accept: string;
  label: string;
  /** Said once the file is saved ("The CSV file is downloaded."). */
  done: string;
  class?: string;
}) {
  const fetching = useAction(() => api.client.blob(href, { accept }), {
    success: done,
    onSuccess: (blob) => saveBlob(blob, filename),
  });
  const { busy, error, success: message } = fetching;
  const download = (event: Event) => {
    event.preventDefault();
    void fetching.run();
  };

  return (
    <>
      <a class={className} href={href} download={filename} onClick={download} aria-disabled={busy}>
        {busy ? t('ui-download-preparing') : label}
      </a>
      <ErrorAlert error={error} />
      <StatusMessage message={message} />
    </>
  );
}

/** Hands a Blob to the browser's own download (as if a link with `download` had been followed). */
export function saveBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once started; give slow browsers a moment before letting go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
