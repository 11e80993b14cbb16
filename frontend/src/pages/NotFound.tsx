import { Page } from '../components/Page';

export function NotFound() {
  return (
    <Page title="Page not found">
      <p>
        There is nothing at this address. Try the <a href="/neighbourhoods">neighbourhood directory</a> or go
        back to the <a href="/">home page</a>.
      </p>
    </Page>
  );
}
